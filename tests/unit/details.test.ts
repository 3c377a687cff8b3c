// Details of one organisation: facts, totals shown and overall, by form and year, its deals in
// order; the per-node deal lists; the flagship's totals against sums over its raw deals.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDetails, nodeDealLists } from "../../src/filter/details";
import type { FilterState } from "../../src/state/filters";
import { modelOf, sample } from "./fixtures";
import { filtersArbitrary, flagshipModel, visibleOf, wholeAmount } from "./insightsFixtures";

const model = modelOf(sample());
const M = 1e6;
const detailsOf = (id: string, filters: Partial<FilterState> = {}) => {
  const { filters: all, visible } = visibleOf(model, filters);
  const details = computeDetails(model, visible, all, id);
  if (!details) throw new Error(`no details for ${id}`);
  return details;
};

describe("details on the sample", () => {
  it("gives the node's facts", () => {
    const { record } = detailsOf("alibaba");
    expect(record).toMatchObject({ kind: "investor", category: "big-tech", city: "Hangzhou", founded: 1999 });
    expect(detailsOf("moonshot").record).toMatchObject({ kind: "startup", sector: "LLM", city: "Beijing", founded: 2023 });
  });

  it("is null for an unknown id", () => {
    const { filters, visible } = visibleOf(model);
    expect(computeDetails(model, visible, filters, "nope")).toBeNull();
    expect(computeDetails(model, visible, filters, "__proto__")).toBeNull();
  });

  it.each<[string, Partial<FilterState>, "invested" | "raised", [number, number, number], [number, number, number]]>([
    // id, filters, side, shown [amount, deals, undisclosed], all [...]
    // alibaba: d1 800, d3 100, d6 600, d8 5.
    ["alibaba", {}, "invested", [1505 * M, 4, 0], [1505 * M, 4, 0]],
    ["alibaba", { forms: ["cloud-credits"] }, "invested", [900 * M, 2, 0], [1505 * M, 4, 0]],
    ["alibaba", { years: [2024, 2024] }, "invested", [1400 * M, 2, 0], [1505 * M, 4, 0]],
    // moonshot: d1 800, d2 and d7 undisclosed.
    ["moonshot", {}, "raised", [800 * M, 3, 2], [800 * M, 3, 2]],
    ["moonshot", { includeUndisclosed: false }, "raised", [800 * M, 1, 0], [800 * M, 3, 2]],
    ["moonshot", { forms: ["compute"] }, "raised", [0, 0, 0], [800 * M, 3, 2]],
    // tencent: d2 undisclosed, d4 50, d5 250, d10 1.5.
    // The minimum keeps undisclosed d2 (included by default) and drops d10.
    ["tencent", { minAmount: 10 * M }, "invested", [300 * M, 3, 1], [301.5 * M, 4, 1]],
    ["tencent", { minAmount: 10 * M, includeUndisclosed: false }, "invested", [300 * M, 2, 0], [301.5 * M, 4, 1]],
  ])("%s %j: %s", (id, filters, side, shown, all) => {
    const flow = detailsOf(id, filters)[side];
    expect([flow.shown.disclosedUsd, flow.shown.deals, flow.shown.undisclosedDeals]).toEqual(shown);
    expect([flow.all.disclosedUsd, flow.all.deals, flow.all.undisclosedDeals]).toEqual(all);
  });

  it("breaks a total down by form, a split deal by its parts", () => {
    const { invested } = detailsOf("alibaba", { forms: ["cash", "convertible"] });
    const amounts = invested.byForm.map((entry) => [
      entry.form,
      entry.shown.disclosedUsd,
      entry.shown.deals,
      entry.all.disclosedUsd,
      entry.all.deals,
    ]);
    expect(amounts).toEqual([
      // cash: d1's 500 part + d3 100; cloud: d1's 300 part + d6 600 (hidden by the filter).
      ["cash", 600 * M, 2, 600 * M, 2],
      ["cloud-credits", 0, 0, 900 * M, 2],
      ["convertible", 5 * M, 1, 5 * M, 1],
    ]);
    expect(invested.unsplit).toEqual({ shown: 0, all: 0 });
  });

  it("breaks a total down by year, undated last", () => {
    const years = detailsOf("zhipu", { years: [2023, 2023], includeUndated: false }).raised.byYear;
    expect(
      years.map((entry) => [entry.year, entry.shown.disclosedUsd, entry.all.disclosedUsd, entry.shown.deals, entry.all.deals]),
    ).toEqual([
      [2023, 150 * M, 150 * M, 2, 2],
      [null, 0, 20 * M, 0, 1],
    ]);
  });

  it("lists the deals newest first, undated last, with the counterparty and what is shown", () => {
    const details = detailsOf("alibaba", { forms: ["cloud-credits"] });
    expect(details.deals.map((deal) => [deal.id, deal.counterpartyId, deal.visible, deal.amountShown])).toEqual([
      ["d6", "minimax", true, 600 * M],
      ["d1", "moonshot", true, 300 * M],
      ["d3", "zhipu", false, Number.NaN],
      ["d8", "megvii", false, Number.NaN],
    ]);
    expect(details.shownDeals).toBe(2);
    const d1 = details.deals[1];
    expect(d1).toMatchObject({
      role: "invested",
      counterpartyLabel: "Moonshot AI",
      date: "2024-02",
      round: "Series B",
      amount: 800 * M,
      form: "cash",
      lead: true,
      confidence: "medium",
    });
    expect(d1?.parts).toHaveLength(2);
    expect(d1?.sources[0]?.url).toBe("https://www.bloomberg.com/news/a");
    expect(detailsOf("zhipu").deals.map((deal) => [deal.id, deal.role, deal.counterpartyId])).toEqual([
      ["d3", "raised", "alibaba"],
      ["d4", "raised", "tencent"],
      ["d9", "raised", "hongshan"],
    ]);
  });

  it("without a visible set counts everything as shown, whatever the filters say", () => {
    const details = computeDetails(model, null, visibleOf(model, { forms: ["cash"] }).filters, "alibaba");
    expect(details?.invested.shown).toEqual(details?.invested.all);
    expect(
      details?.invested.byForm.every(
        (entry) => entry.shown.disclosedUsd === entry.all.disclosedUsd && entry.shown.deals === entry.all.deals,
      ),
    ).toBe(true);
  });
});

describe("per-node deal lists", () => {
  it("hold each deal under its investor and its target, once for a self-investment", () => {
    const document = sample();
    document.deals.push({ id: "self", investor: "zhipu", target: "zhipu", date: "2024", amountUsd: 1, form: "cash" });
    const own = modelOf(document);
    const lists = nodeDealLists(own.index, own.dataset.nodes.length);
    own.dataset.nodes.forEach((node, n) => {
      const listed = [...lists.deals.subarray(lists.start[n], lists.start[n + 1])].map((d) => own.dataset.deals[d]?.id).sort();
      const expected = own.dataset.deals
        .filter((deal) => deal.investor === node.id || deal.target === node.id)
        .map((deal) => deal.id)
        .sort();
      expect(listed, node.id).toEqual(expected);
    });
    const zhipu = computeDetails(own, null, visibleOf(own).filters, "zhipu");
    expect(zhipu?.invested.all.disclosedUsd).toBe(1);
    expect(zhipu?.raised.all.deals).toBe(4);
  });

  it("serve a node with thousands of deals", () => {
    const document = sample();
    for (let i = 0; i < 5000; i++)
      document.deals.push({
        id: `x${i}`,
        investor: "tencent",
        target: i % 2 ? "megvii" : "zhipu",
        date: `${2017 + (i % 8)}`,
        amountUsd: i,
        form: "cash",
      });
    const big = modelOf(document);
    const details = computeDetails(big, null, visibleOf(big).filters, "tencent");
    expect(details?.deals.length).toBe(5004);
    expect(details?.invested.all.disclosedUsd).toBeCloseTo(301.5 * M + (4999 * 5000) / 2, 0);
    const megvii = computeDetails(big, null, visibleOf(big).filters, "megvii");
    expect(megvii?.deals.length).toBe(2502);
  });
});

describe("details on the flagship", () => {
  const flagship = flagshipModel();
  const deals = flagship.dataset.deals;

  it("totals every node's raw deals, invested and raised", () => {
    const { filters, visible } = visibleOf(flagship);
    for (const node of flagship.dataset.nodes) {
      const details = computeDetails(flagship, visible, filters, node.id);
      const sum = (side: "investor" | "target"): number =>
        deals.filter((deal) => deal[side] === node.id).reduce((total, deal) => total + (wholeAmount(deal) ?? 0), 0);
      expect(details?.invested.all.disclosedUsd, node.id).toBeCloseTo(sum("investor"), 0);
      expect(details?.raised.all.disclosedUsd, node.id).toBeCloseTo(sum("target"), 0);
      expect(details?.deals.length, node.id).toBe(deals.filter((deal) => deal.investor === node.id || deal.target === node.id).length);
    }
  });

  it("under any filters, shown totals are the visible deals' amounts; forms and years add up (property)", () => {
    const ids = flagship.dataset.nodes.map((node) => node.id);
    fc.assert(
      fc.property(filtersArbitrary(flagship), fc.constantFrom(...ids), (filters, id) => {
        const { visible } = visibleOf(flagship, filters);
        const details = computeDetails(flagship, visible, filters, id);
        if (!details) throw new Error(id);
        let expected = 0;
        deals.forEach((deal, d) => {
          if (deal.investor === id && visible.dealVisible[d])
            expected += Number.isNaN(visible.dealAmount[d] ?? Number.NaN) ? 0 : (visible.dealAmount[d] ?? 0);
        });
        const flow = details.invested;
        const tolerance = 1e-6 * Math.max(1, flow.shown.disclosedUsd);
        expect(Math.abs(flow.shown.disclosedUsd - expected)).toBeLessThanOrEqual(tolerance);
        const forms = flow.byForm.reduce((sum, entry) => sum + entry.shown.disclosedUsd, 0) + flow.unsplit.shown;
        expect(Math.abs(forms - flow.shown.disclosedUsd)).toBeLessThanOrEqual(tolerance);
        const years = flow.byYear.reduce((sum, entry) => sum + entry.shown.disclosedUsd, 0);
        expect(Math.abs(years - flow.shown.disclosedUsd)).toBeLessThanOrEqual(tolerance);
        expect(details.deals.filter((deal) => deal.visible).length).toBe(details.shownDeals);
      }),
      { numRuns: 150 },
    );
  });
});
