// Two investors side by side: portfolios with amounts within the filters, the startups both back,
// totals; sides left empty; the flagship's Alibaba vs Tencent against its raw deals.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareInvestors, investorNodes } from "../../src/filter/compare";
import type { FilterState } from "../../src/state/filters";
import { modelOf, sample } from "./fixtures";
import { filtersArbitrary, flagshipModel, visibleOf } from "./insightsFixtures";

const model = modelOf(sample());
const M = 1e6;
const compare = (a: string | null, b: string | null, filters: Partial<FilterState> = {}) =>
  compareInvestors(model, visibleOf(model, filters).visible, a, b);

describe("compare on the sample", () => {
  it("lists each portfolio largest first, marking the startups both back", () => {
    const { a, b, shared } = compare("alibaba", "tencent");
    expect(a?.holdings.map((h) => [h.id, h.amount, h.deals, h.shared])).toEqual([
      ["moonshot", 800 * M, 1, true],
      ["minimax", 600 * M, 1, true],
      ["zhipu", 100 * M, 1, true],
      ["megvii", 5 * M, 1, true],
    ]);
    // d2 to moonshot is undisclosed: 0 disclosed, 1 deal, 1 undisclosed.
    expect(b?.holdings.map((h) => [h.id, h.amount, h.deals, h.undisclosed])).toEqual([
      ["minimax", 250 * M, 1, 0],
      ["zhipu", 50 * M, 1, 0],
      ["megvii", 1.5 * M, 1, 0],
      ["moonshot", 0, 1, 1],
    ]);
    expect([a?.total.disclosedUsd, a?.total.deals, b?.total.disclosedUsd, b?.total.deals]).toEqual([1505 * M, 4, 301.5 * M, 4]);
    expect([a?.total.undisclosedDeals, b?.total.undisclosedDeals]).toEqual([0, 1]);
    // By combined amount: minimax 850, moonshot 800, zhipu 150, megvii 6.5.
    expect(shared.map((s) => [s.id, s.amounts, s.deals])).toEqual([
      ["minimax", [600 * M, 250 * M], [1, 1]],
      ["moonshot", [800 * M, 0], [1, 1]],
      ["zhipu", [100 * M, 50 * M], [1, 1]],
      ["megvii", [5 * M, 1.5 * M], [1, 1]],
    ]);
  });

  it.each<[string, string, string, Partial<FilterState>, string[]]>([
    ["alibaba", "tencent", "all", {}, ["minimax", "moonshot", "zhipu", "megvii"]],
    // Tencent has no credits at all.
    ["alibaba", "tencent", "credits only", { forms: ["cloud-credits"] }, []],
    ["alibaba", "tencent", "2023-2024", { years: [2023, 2024], includeUndated: false }, ["minimax", "moonshot", "zhipu"]],
    ["alibaba", "tencent", "disclosed only", { includeUndisclosed: false }, ["minimax", "zhipu", "megvii"]],
    // zhipu 50 + 20 disclosed; moonshot undisclosed on both sides.
    ["tencent", "hongshan", "all", {}, ["zhipu", "moonshot"]],
    ["hongshan", "tencent", "all", {}, ["zhipu", "moonshot"]],
  ])("%s vs %s (%s) share %s", (a, b, _name, filters, shared) => {
    expect(compare(a, b, filters).shared.map((s) => s.id)).toEqual(shared);
  });

  it("keeps the order asked: amounts[0] is the first investor's", () => {
    const [first] = compare("tencent", "alibaba").shared;
    expect(first).toMatchObject({ id: "minimax", amounts: [250 * M, 600 * M] });
  });

  it("leaves a side empty for null or an unknown id, and shares nothing then", () => {
    const one = compare("alibaba", null);
    expect(one.a?.holdings.length).toBe(4);
    expect(one.b).toBeNull();
    expect(one.shared).toEqual([]);
    expect(one.a?.holdings.every((h) => !h.shared)).toBe(true);
    expect(compare("nope", "tencent").a).toBeNull();
    expect(compare(null, null)).toEqual({ a: null, b: null, mostlyUndisclosed: false, shared: [] });
  });

  it("shares nothing when an investor is compared with itself", () => {
    const same = compare("alibaba", "alibaba");
    expect(same.shared).toEqual([]);
    expect(same.a?.holdings.some((h) => h.shared)).toBe(false);
  });

  it("gives a startup no portfolio: a node that never invests has none", () => {
    expect(compare("moonshot", "alibaba").a?.holdings).toEqual([]);
  });

  it("lists the investors for the pickers", () => {
    expect(investorNodes(model).map((n) => model.dataset.nodes[n]?.id)).toEqual(["alibaba", "tencent", "hongshan"]);
  });
});

describe("compare on the flagship", () => {
  const flagship = flagshipModel();
  const deals = flagship.dataset.deals;

  it("Alibaba vs Tencent: the shared startups are those both have deals with", () => {
    const { visible } = visibleOf(flagship);
    const result = compareInvestors(flagship, visible, "alibaba", "tencent");
    const targets = (id: string): Set<string> => new Set(deals.filter((deal) => deal.investor === id).map((deal) => deal.target));
    const [ali, ten] = [targets("alibaba"), targets("tencent")];
    const both = [...ali].filter((id) => ten.has(id)).sort();
    expect(both.length).toBeGreaterThan(0);
    expect(result.shared.map((s) => s.id).sort()).toEqual(both);
    expect(result.a?.holdings.map((h) => h.id).sort()).toEqual([...ali].sort());
    expect(
      result.a?.holdings
        .filter((h) => h.shared)
        .map((h) => h.id)
        .sort(),
    ).toEqual(both);
  });

  it("under any filters, each portfolio sums the investor's visible deals (property)", () => {
    const investors = investorNodes(flagship).map((n) => flagship.dataset.nodes[n]?.id ?? "");
    fc.assert(
      fc.property(filtersArbitrary(flagship), fc.constantFrom(...investors), fc.constantFrom(...investors), (filters, a, b) => {
        const { visible } = visibleOf(flagship, filters);
        const result = compareInvestors(flagship, visible, a, b);
        let amount = 0;
        let count = 0;
        deals.forEach((deal, d) => {
          if (deal.investor !== a || !visible.dealVisible[d]) return;
          count++;
          const shown = visible.dealAmount[d] ?? Number.NaN;
          if (!Number.isNaN(shown)) amount += shown;
        });
        expect(result.a?.total.deals).toBe(count);
        expect(Math.abs((result.a?.total.disclosedUsd ?? 0) - amount)).toBeLessThanOrEqual(1e-6 * Math.max(1, amount));
        const shared = new Set(result.shared.map((s) => s.id));
        for (const holding of result.b?.holdings ?? []) expect(holding.shared).toBe(shared.has(holding.id));
        if (a === b) expect(shared.size).toBe(0);
      }),
      { numRuns: 150 },
    );
  });
});
