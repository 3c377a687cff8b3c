// Figures of the view: totals, undisclosed, share by form (split deals by their parts), top lists.
// The sample's figures are worked out by hand in comments; the flagship's from its raw deals.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeStats, firstK } from "../../src/filter/stats";
import type { FilterState } from "../../src/state/filters";
import { modelOf, sample } from "./fixtures";
import { filtersArbitrary, flagshipModel, formAmount, visibleOf, wholeAmount } from "./insightsFixtures";

const model = modelOf(sample());
const statsOf = (filters: Partial<FilterState> = {}, top = 5) => {
  const { filters: all, visible } = visibleOf(model, filters);
  return { stats: computeStats(model, visible, all, top), visible };
};
const M = 1e6;

describe("stats on the sample", () => {
  it.each<[string, Partial<FilterState>, number, number, number, Record<string, number>]>([
    // name, filters, total, deals, undisclosed, amount by form
    // d1 800 (cloud 300 + cash 500), d3 100, d4 50, d5 250 cash; d6 600 cloud; d8 5 convertible; d9 20 compute; d10 1.5 strategic
    [
      "everything",
      {},
      1826.5 * M,
      10,
      2,
      { cash: 900 * M, "cloud-credits": 900 * M, compute: 20 * M, convertible: 5 * M, strategic: 1.5 * M },
    ],
    // Only the credit part of d1 counts, and d6.
    ["cloud credits", { forms: ["cloud-credits"] }, 900 * M, 2, 0, { "cloud-credits": 900 * M }],
    // d1's cash part, d2 (undisclosed), d3, d4, d5, d7 (undisclosed).
    ["cash", { forms: ["cash"] }, 900 * M, 6, 2, { cash: 900 * M }],
    // d1, d2, d6, and the undated d9 (undated deals are in by default).
    ["2024 only", { years: [2024, 2024] }, 1420 * M, 4, 1, { cash: 500 * M, "cloud-credits": 900 * M, compute: 20 * M }],
    ["2024 only, dated", { years: [2024, 2024], includeUndated: false }, 1400 * M, 3, 1, { cash: 500 * M, "cloud-credits": 900 * M }],
    [
      "disclosed only",
      { includeUndisclosed: false },
      1826.5 * M,
      8,
      0,
      { cash: 900 * M, "cloud-credits": 900 * M, compute: 20 * M, convertible: 5 * M, strategic: 1.5 * M },
    ],
    ["no form", { forms: [] }, 0, 0, 0, {}],
  ])("%s", (_name, filters, total, deals, undisclosed, byForm) => {
    const { stats, visible } = statsOf(filters);
    expect(stats.total.disclosedUsd).toBeCloseTo(total, 3);
    expect(stats.total.disclosedUsd).toBeCloseTo(visible.visibleAmount, 3);
    expect(stats.total.deals).toBe(deals);
    expect(stats.total.undisclosedDeals).toBe(undisclosed);
    expect(
      Object.fromEntries(stats.byForm.filter((share) => share.disclosedUsd > 0).map((share) => [share.form, share.disclosedUsd])),
    ).toEqual(byForm);
    expect(stats.unsplitAmount).toBe(0);
  });

  it("counts a split deal in each of its forms' deal counts", () => {
    const { stats } = statsOf();
    // cash: d1, d2, d3, d4, d5, d7; cloud credits: d1, d6.
    expect(stats.byForm.find((share) => share.form === "cash")?.deals).toBe(6);
    expect(stats.byForm.find((share) => share.form === "cloud-credits")?.deals).toBe(2);
  });

  it("ranks investors and startups by amount and by count", () => {
    const { stats } = statsOf();
    // alibaba 800+100+600+5 = 1505 (4 deals); tencent 50+250+1.5 = 301.5 (4); hongshan 20 (2).
    expect(stats.topInvestorsByAmount.map((r) => [r.id, r.disclosedUsd, r.deals])).toEqual([
      ["alibaba", 1505 * M, 4],
      ["tencent", 301.5 * M, 4],
      ["hongshan", 20 * M, 2],
    ]);
    expect(stats.topInvestorsByCount.map((r) => r.id)).toEqual(["alibaba", "tencent", "hongshan"]);
    // minimax 850 (2), moonshot 800 (3), zhipu 170 (3), megvii 6.5 (2).
    expect(stats.topStartupsByAmount.map((r) => r.id)).toEqual(["minimax", "moonshot", "zhipu", "megvii"]);
    expect(stats.topStartupsByCount.map((r) => r.id)).toEqual(["moonshot", "zhipu", "minimax", "megvii"]);
    expect([stats.investors, stats.startups]).toEqual([3, 4]);
  });

  it("cuts the top lists at N", () => {
    const { stats } = statsOf({}, 2);
    expect(stats.topStartupsByAmount.map((r) => r.id)).toEqual(["minimax", "moonshot"]);
  });

  it("keeps a split deal whose parts are all undisclosed apart as unsplit", () => {
    const document = sample();
    document.deals.push({
      id: "d11",
      investor: "alibaba",
      target: "megvii",
      date: "2020",
      amountUsd: 10 * M,
      form: "cash",
      parts: [{ form: "cash" }, { form: "cloud-credits" }],
    });
    const split = modelOf(document);
    const all = visibleOf(split);
    const stats = computeStats(split, all.visible, all.filters);
    expect(stats.unsplitAmount).toBe(10 * M);
    expect(stats.byForm.reduce((sum, share) => sum + share.disclosedUsd, 0) + stats.unsplitAmount).toBeCloseTo(stats.total.disclosedUsd, 3);
    // With one form chosen the deal shows, but its amount in that form is unknown.
    const cash = visibleOf(split, { forms: ["cash"] });
    const cashStats = computeStats(split, cash.visible, cash.filters);
    expect(cashStats.unsplitAmount).toBe(0);
    expect(cashStats.total.undisclosedDeals).toBe(3);
  });
});

describe("stats on the flagship", () => {
  const flagship = flagshipModel();
  const deals = flagship.dataset.deals;

  it("totals every disclosed amount of the raw deals", () => {
    const { filters, visible } = visibleOf(flagship);
    const stats = computeStats(flagship, visible, filters);
    const raw = deals.reduce((sum, deal) => sum + (wholeAmount(deal) ?? 0), 0);
    expect(stats.total.disclosedUsd).toBeCloseTo(raw, 0);
    expect(stats.total.deals).toBe(deals.length);
    expect(stats.total.undisclosedDeals).toBe(deals.filter((deal) => wholeAmount(deal) === null).length);
  });

  it("reads the credits total of ?forms=cloud-credits from the parts", () => {
    const { filters, visible } = visibleOf(flagship, { forms: ["cloud-credits"] });
    const stats = computeStats(flagship, visible, filters);
    const raw = deals.reduce((sum, deal) => sum + formAmount(deal, "cloud-credits"), 0);
    expect(raw).toBeGreaterThan(0);
    expect(stats.total.disclosedUsd).toBeCloseTo(raw, 0);
    expect(stats.byForm.map((share) => share.form)).toEqual(["cloud-credits"]);
  });

  it("gives each form its raw share when nothing is filtered", () => {
    const { filters, visible } = visibleOf(flagship);
    const stats = computeStats(flagship, visible, filters);
    for (const share of stats.byForm)
      expect(share.disclosedUsd, share.form).toBeCloseTo(
        deals.reduce((sum, deal) => sum + formAmount(deal, share.form), 0),
        0,
      );
  });

  it("ranks the investor with the most disclosed money first, as a sum over the raw deals says", () => {
    const { filters, visible } = visibleOf(flagship);
    const stats = computeStats(flagship, visible, filters, 1000);
    const byInvestor = new Map<string, number>();
    for (const deal of deals) byInvestor.set(deal.investor, (byInvestor.get(deal.investor) ?? 0) + (wholeAmount(deal) ?? 0));
    for (const ranked of stats.topInvestorsByAmount) expect(ranked.disclosedUsd, ranked.id).toBeCloseTo(byInvestor.get(ranked.id) ?? -1, 0);
    const best = Math.max(...byInvestor.values());
    expect(stats.topInvestorsByAmount[0]?.disclosedUsd).toBeCloseTo(best, 0);
    const counts = stats.topInvestorsByCount.map((r) => r.deals);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("agrees with the visible set under any filters; the form shares add up to the total (property)", () => {
    fc.assert(
      fc.property(filtersArbitrary(flagship), (filters) => {
        const { visible } = visibleOf(flagship, filters);
        const stats = computeStats(flagship, visible, filters, 3);
        const tolerance = 1e-6 * Math.max(1, stats.total.disclosedUsd);
        expect(Math.abs(stats.total.disclosedUsd - visible.visibleAmount)).toBeLessThanOrEqual(tolerance);
        expect(stats.total.deals).toBe(visible.visibleDeals);
        const shares = stats.byForm.reduce((sum, share) => sum + share.disclosedUsd, 0) + stats.unsplitAmount;
        expect(Math.abs(shares - stats.total.disclosedUsd)).toBeLessThanOrEqual(tolerance);
        expect(stats.byForm.every((share) => share.disclosedUsd >= 0 && share.deals > 0)).toBe(true);
        const invested = stats.topInvestorsByCount.reduce((sum, r) => sum + r.deals, 0);
        expect(invested).toBeLessThanOrEqual(stats.total.deals);
      }),
      { numRuns: 150 },
    );
  });
});

describe("firstK", () => {
  it("equals sorting everything and taking the first k (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 }), fc.integer({ min: 0, max: 10 }), (values, k) => {
        const order = (x: number, y: number): number => y - x;
        expect(firstK(values, k, order)).toEqual([...values].sort(order).slice(0, k));
      }),
    );
  });
});
