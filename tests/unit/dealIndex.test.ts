// The columnar deal index: one typed column per field the filter reads.
// Expected columns are read off tests/fixtures/sample.json by hand (see the comments).
import { describe, expect, it } from "vitest";
import { KNOWN_FORMS } from "../../src/config/forms";
import { parseInvestmentGraph } from "../../src/io/parse";
import { buildDealIndex, UNDATED, type DealIndex } from "../../src/model/dealIndex";
import { modelOf, sample, type RawDocument } from "./fixtures";

const M = 1e6;

function indexOf(document: RawDocument, order: readonly string[] = KNOWN_FORMS): DealIndex {
  const { dataset, issues } = parseInvestmentGraph(document);
  if (!dataset) throw new Error(JSON.stringify(issues));
  return buildDealIndex(dataset, order);
}

/** The parts of deal d as [form, amount] pairs. */
function partsOf(index: DealIndex, d: number): Array<[string | undefined, number | undefined]> {
  const parts: Array<[string | undefined, number | undefined]> = [];
  for (let p = index.partStart[d] ?? 0; p < (index.partStart[d + 1] ?? 0); p++)
    parts.push([index.forms[index.partForm[p] ?? 0], index.partAmount[p]]);
  return parts;
}

/** The forms deal d has (its own, or its parts'), as bits: a view for tests with few forms. */
function maskOf(index: DealIndex, d: number): number {
  const start = index.partStart[d] ?? 0;
  const end = index.partStart[d + 1] ?? 0;
  if (start === end) return 2 ** (index.dealForm[d] ?? 0);
  let mask = 0;
  for (let p = start; p < end; p++) mask |= 1 << (index.partForm[p] ?? 0);
  return mask >>> 0;
}
const masks = (index: DealIndex): number[] => Array.from({ length: index.count }, (_, d) => maskOf(index, d));

/** A sample with the deals replaced by these. */
function withDeals(...deals: Array<Record<string, unknown>>): RawDocument {
  return { ...sample(), deals: deals.map((deal, i) => ({ id: `x${i}`, investor: "alibaba", target: "zhipu", form: "cash", ...deal })) };
}

describe("buildDealIndex on the sample", () => {
  const model = modelOf(sample());
  const { index } = model;
  const bit = (form: string): number => 1 << index.forms.indexOf(form);

  it("orders forms by the vocabulary, keeping only those present", () => {
    // Present: cash (d1-d5, d7), cloud-credits (d1 part, d6), compute (d9), convertible (d8), strategic (d10).
    expect(index.forms).toEqual(["cash", "cloud-credits", "compute", "convertible", "strategic"]);
    expect(index.count).toBe(10);
  });

  // Node positions: alibaba 0, tencent 1, hongshan 2, moonshot 3, zhipu 4, minimax 5, megvii 6.
  it.each<[string, number, number, number, number, string[]]>([
    ["d1", 0, 3, 2024, 800 * M, ["cash", "cloud-credits"]],
    ["d2", 1, 3, 2024, Number.NaN, ["cash"]],
    ["d3", 0, 4, 2023, 100 * M, ["cash"]],
    ["d4", 1, 4, 2023, 50 * M, ["cash"]],
    ["d5", 1, 5, 2023, 250 * M, ["cash"]],
    ["d6", 0, 5, 2024, 600 * M, ["cloud-credits"]],
    ["d7", 2, 3, 2023, Number.NaN, ["cash"]],
    ["d8", 0, 6, 2019, 5 * M, ["convertible"]],
    ["d9", 2, 4, UNDATED, 20 * M, ["compute"]],
    ["d10", 1, 6, 2017, 1.5 * M, ["strategic"]],
  ])("%s: investor %i, target %i, year %i, amount %d, forms %j", (id, investor, target, year, amount, forms) => {
    const d = model.dataset.deals.findIndex((deal) => deal.id === id);
    expect(index.investor[d]).toBe(investor);
    expect(index.target[d]).toBe(target);
    expect(index.year[d]).toBe(year);
    if (Number.isNaN(amount)) expect(index.amount[d]).toBeNaN();
    else expect(index.amount[d]).toBe(amount);
    expect(maskOf(index, d)).toBe(forms.reduce((mask, form) => mask | bit(form), 0));
  });

  it("uses 0 for undated deals", () => {
    expect(UNDATED).toBe(0);
    expect(index.year[8]).toBe(0);
  });

  it("gives form indices in the order of forms", () => {
    // cash bit 0, cloud-credits bit 1, compute bit 2, convertible bit 3, strategic bit 4.
    expect(masks(index)).toEqual([0b11, 0b1, 0b1, 0b1, 0b1, 0b10, 0b1, 0b1000, 0b100, 0b10000]);
  });

  it("extends over dated years and disclosed amounts only", () => {
    // Dated years run from d10 (2017) to d1/d2/d6 (2024); d9's 0 is not a year.
    expect(index.yearExtent).toEqual([2017, 2024]);
    // Disclosed amounts run from d10 (1.5M) to d1 (800M); d2 and d7 are NaN.
    expect(index.amountExtent).toEqual([1.5 * M, 800 * M]);
  });

  it("lists only d1's two parts in the parts table", () => {
    // d1 holds parts 0 and 1; every later deal starts (and ends) at 2.
    expect(Array.from(index.partStart)).toEqual([0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    expect(partsOf(index, 0)).toEqual([
      ["cloud-credits", 300 * M],
      ["cash", 500 * M],
    ]);
    expect(partsOf(index, 2)).toEqual([]);
  });

  it("gives every one of the ten investor->startup pairs its own index, in order of first deal", () => {
    expect(Array.from(index.pair)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(index.pairCount).toBe(10);
  });
});

describe("buildDealIndex on variations", () => {
  it("shares one pair between deals of the same investor and startup, not the reverse direction", () => {
    const document = sample();
    document.deals.push({ id: "again", investor: "alibaba", target: "zhipu", form: "cash", date: "2025" });
    document.deals.push({ id: "back", investor: "zhipu", target: "alibaba", form: "cash" });
    const index = indexOf(document);
    // "again" repeats d3's pair (alibaba -> zhipu); "back" goes the other way and is new.
    expect(index.pair[10]).toBe(index.pair[2]);
    expect(index.pair[11]).toBe(10);
    expect(index.pairCount).toBe(11);
    expect(index.yearExtent).toEqual([2017, 2025]);
  });

  it("puts unknown forms after the vocabulary's, alphabetically, including forms of parts", () => {
    const index = indexOf(
      withDeals(
        { form: "royalty" },
        { form: "cash" },
        { form: "barter" },
        { form: "other" },
        {
          amountUsd: 10,
          parts: [
            { form: "mining-rights", amountUsd: 4 },
            { form: "compute", amountUsd: 6 },
          ],
        },
      ),
    );
    expect(index.forms).toEqual(["cash", "compute", "other", "barter", "mining-rights", "royalty"]);
    expect(masks(index)).toEqual([1 << 5, 1 << 0, 1 << 3, 1 << 2, (1 << 4) | (1 << 1)]);
  });

  it("follows the order it is given, not a fixed one", () => {
    const index = indexOf(sample(), ["strategic", "cash"]);
    // strategic and cash first as asked; the rest are not in that order, so they follow alphabetically.
    expect(index.forms).toEqual(["strategic", "cash", "cloud-credits", "compute", "convertible"]);
  });

  it("gives what the parts leave unexplained to the deal's own form", () => {
    // 900M with parts 300M credits + 500M cash: the 100M remainder is cash, the deal's form.
    const index = indexOf(
      withDeals({
        amountUsd: 900 * M,
        form: "cash",
        parts: [
          { form: "cloud-credits", amountUsd: 300 * M },
          { form: "cash", amountUsd: 500 * M },
        ],
      }),
    );
    expect(partsOf(index, 0)).toEqual([
      ["cloud-credits", 300 * M],
      ["cash", 500 * M],
      ["cash", 100 * M],
    ]);
    expect(index.amount[0]).toBe(900 * M);
  });

  it("adds the deal's own form for a remainder even when no part has it", () => {
    // 100M, parts: 30M credits and compute of unknown size; the 70M left over is convertible.
    const index = indexOf(
      withDeals({ amountUsd: 100 * M, form: "convertible", parts: [{ form: "cloud-credits", amountUsd: 30 * M }, { form: "compute" }] }),
    );
    expect(index.forms).toEqual(["cloud-credits", "compute", "convertible"]);
    const parts = partsOf(index, 0);
    expect(parts.map(([form]) => form)).toEqual(["cloud-credits", "compute", "convertible"]);
    expect(parts[0]?.[1]).toBe(30 * M);
    expect(parts[1]?.[1]).toBeNaN();
    expect(parts[2]?.[1]).toBe(70 * M);
    expect(maskOf(index, 0)).toBe(0b111);
  });

  it("takes an undisclosed split deal's amount from its known parts, or NaN when none is known", () => {
    const index = indexOf(
      withDeals(
        {
          amountUsd: null,
          parts: [
            { form: "cloud-credits", amountUsd: 30 * M },
            { form: "cash", amountUsd: 20 * M },
          ],
        },
        { amountUsd: null, parts: [{ form: "cloud-credits" }, { form: "cash", amountUsd: null }] },
        { amountUsd: 40 * M, parts: [{ form: "cloud-credits" }] },
      ),
    );
    expect(index.amount[0]).toBe(50 * M);
    expect(index.amount[1]).toBeNaN();
    // No part's size is known: the whole 40M stays the deal's, and no remainder part is made.
    expect(index.amount[2]).toBe(40 * M);
    expect(partsOf(index, 2).map(([form]) => form)).toEqual(["cloud-credits"]);
    expect(index.forms).toEqual(["cash", "cloud-credits"]);
    expect(index.amountExtent).toEqual([40 * M, 50 * M]);
  });

  it("reads the year of YYYY, YYYY-MM and YYYY-MM-DD dates, and null as undated", () => {
    const index = indexOf(withDeals({ date: "2021" }, { date: "2022-07" }, { date: "2020-01-31" }, { date: null }, {}));
    expect(Array.from(index.year)).toEqual([2021, 2022, 2020, UNDATED, UNDATED]);
    expect(index.yearExtent).toEqual([2020, 2022]);
  });

  it("has null extents when nothing is dated or disclosed, and empty columns for no deals", () => {
    const undated = indexOf(withDeals({ amountUsd: null }, {}));
    expect(undated.yearExtent).toBeNull();
    expect(undated.amountExtent).toBeNull();
    const empty = indexOf(withDeals());
    expect(empty.count).toBe(0);
    expect(empty.forms).toEqual([]);
    expect(empty.pairCount).toBe(0);
    expect(Array.from(empty.partStart)).toEqual([0]);
  });

  it("gives forms beyond the 32nd their own index (issue 17)", () => {
    const names = Array.from({ length: 40 }, (_, i) => `f${String(i).padStart(2, "0")}`);
    const index = indexOf(withDeals(...names.map((form) => ({ form }))), []);
    expect(index.forms).toEqual(names);
    expect(Array.from(index.dealForm)).toEqual(names.map((_name, i) => i));
  });
});
