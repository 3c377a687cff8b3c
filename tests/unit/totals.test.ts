// Every total says what it leaves out: disclosed + undisclosed deals = deals everywhere a total is
// made (view stats, details, compare), nothing disclosed reads as such, and a split of unknown size
// keeps the details headline and its by-form bars in agreement.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareInvestors, investorNodes } from "../../src/filter/compare";
import { computeDetails } from "../../src/filter/details";
import { computeStats } from "../../src/filter/stats";
import { mostlyUndisclosed, nothingDisclosed, sumTotals, Tally, type Total } from "../../src/filter/totals";
import { dealsText, shortTotalText, totalText } from "../../src/words/totals";
import { modelOf, sample } from "./fixtures";
import { filtersArbitrary, flagshipModel, visibleOf } from "./insightsFixtures";

const M = 1e6;
const consistent = (total: Total, what: string): void => {
  expect(total.disclosedDeals + total.undisclosedDeals, what).toBe(total.deals);
  if (total.disclosedDeals === 0) expect(total.disclosedUsd, what).toBe(0);
  expect(total.disclosedUsd, what).toBeGreaterThanOrEqual(0);
};

describe("Tally", () => {
  it("counts NaN as an undisclosed deal and never as $0 (property)", () => {
    const amount = fc.oneof(fc.constant(Number.NaN), fc.double({ min: 0, max: 1e12, noNaN: true }));
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 50 }), (amounts) => {
        const tally = new Tally();
        for (const value of amounts) tally.add(value);
        const total = tally.total();
        consistent(total, "tally");
        expect(total.undisclosedDeals).toBe(amounts.filter(Number.isNaN).length);
        expect(nothingDisclosed(total)).toBe(amounts.length > 0 && amounts.every(Number.isNaN));
        expect(mostlyUndisclosed(total)).toBe(amounts.filter(Number.isNaN).length * 2 > amounts.length);
      }),
    );
  });

  it("sums totals field by field", () => {
    const total = sumTotals([
      { disclosedUsd: 40 * M, disclosedDeals: 1, undisclosedDeals: 13, deals: 14 },
      { disclosedUsd: 0, disclosedDeals: 0, undisclosedDeals: 2, deals: 2 },
    ]);
    expect(total).toEqual({ disclosedUsd: 40 * M, disclosedDeals: 1, undisclosedDeals: 15, deals: 16 });
  });
});

describe("totals on the flagship under any filters (property)", () => {
  const flagship = flagshipModel();
  const ids = flagship.dataset.nodes.map((node) => node.id);
  const investors = investorNodes(flagship).map((n) => flagship.dataset.nodes[n]?.id ?? "");

  it("view stats: the total, each form, each ranked node", () => {
    fc.assert(
      fc.property(filtersArbitrary(flagship), (filters) => {
        const { visible } = visibleOf(flagship, filters);
        const stats = computeStats(flagship, visible, filters);
        consistent(stats.total, "total");
        expect(stats.total.deals).toBe(visible.visibleDeals);
        for (const share of stats.byForm) consistent(share, share.form);
        for (const ranked of [...stats.topInvestorsByAmount, ...stats.topInvestorsByCount, ...stats.topStartupsByAmount])
          consistent(ranked, ranked.id);
        expect(stats.mostlyUndisclosed).toBe(stats.total.undisclosedDeals * 2 > stats.total.deals);
      }),
      { numRuns: 60 },
    );
  });

  it("details and compare: shown and overall, by form and by year", () => {
    fc.assert(
      fc.property(filtersArbitrary(flagship), fc.constantFrom(...ids), fc.constantFrom(...investors), (filters, id, other) => {
        const { visible } = visibleOf(flagship, filters);
        const details = computeDetails(flagship, visible, filters, id);
        for (const flow of [details?.invested, details?.raised]) {
          if (!flow) continue;
          consistent(flow.shown, `${id} shown`);
          consistent(flow.all, `${id} all`);
          for (const entry of [...flow.byForm, ...flow.byYear]) {
            consistent(entry.shown, `${id} part shown`);
            consistent(entry.all, `${id} part all`);
          }
          expect(flow.byYear.reduce((sum, entry) => sum + entry.shown.deals, 0)).toBe(flow.shown.deals);
        }
        const comparison = compareInvestors(flagship, visible, id, other);
        for (const side of [comparison.a, comparison.b]) if (side) consistent(side.total, side.id);
      }),
      { numRuns: 80 },
    );
  });

  it("Tencent's investments: $40M disclosed and 13 of 14 deals undisclosed, straight from the records", () => {
    const { filters, visible } = visibleOf(flagship);
    const invested = computeDetails(flagship, visible, filters, "tencent")?.invested.all;
    const own = flagship.dataset.deals.filter((deal) => deal.investor === "tencent");
    const disclosed = own.filter((deal) => deal.amountUsd != null);
    expect(invested).toEqual({
      disclosedUsd: disclosed.reduce((sum, deal) => sum + (deal.amountUsd ?? 0), 0),
      disclosedDeals: disclosed.length,
      undisclosedDeals: own.length - disclosed.length,
      deals: own.length,
    });
    expect(invested && mostlyUndisclosed(invested)).toBe(true);
  });
});

describe("a split of unknown size", () => {
  it("keeps the headline and the by-form bars in agreement: $100M split unknown + $50M cash", () => {
    const document = sample();
    document.nodes.push({ id: "acme", label: "Acme", kind: "investor" });
    document.deals.push(
      {
        id: "s1",
        investor: "acme",
        target: "zhipu",
        date: "2024",
        amountUsd: 100 * M,
        form: "cash",
        parts: [
          { form: "cash", amountUsd: null },
          { form: "cloud-credits", amountUsd: null },
        ],
      },
      { id: "s2", investor: "acme", target: "megvii", date: "2024", amountUsd: 50 * M, form: "cash" },
    );
    const model = modelOf(document);
    const { filters, visible } = visibleOf(model);
    const invested = computeDetails(model, visible, filters, "acme")?.invested;
    expect(invested?.shown).toEqual({ disclosedUsd: 150 * M, disclosedDeals: 2, undisclosedDeals: 0, deals: 2 });
    const cash = invested?.byForm.find((entry) => entry.form === "cash")?.shown;
    const credits = invested?.byForm.find((entry) => entry.form === "cloud-credits")?.shown;
    // Cash: the $50M deal, plus s1 whose cash part has no size.
    expect(cash).toEqual({ disclosedUsd: 50 * M, disclosedDeals: 1, undisclosedDeals: 1, deals: 2 });
    expect(credits).toEqual({ disclosedUsd: 0, disclosedDeals: 0, undisclosedDeals: 1, deals: 1 });
    expect(invested?.unsplit.shown).toBe(100 * M);
    const bars = (invested?.byForm ?? []).reduce((sum, entry) => sum + entry.shown.disclosedUsd, 0) + (invested?.unsplit.shown ?? 0);
    expect(bars).toBe(invested?.shown.disclosedUsd);
  });
});

describe("totals in words", () => {
  it.each<[Total, string, string]>([
    [
      { disclosedUsd: 40 * M, disclosedDeals: 1, undisclosedDeals: 13, deals: 14 },
      "$40M disclosed · 13 of 14 deals undisclosed",
      "$40M + 13 undisclosed",
    ],
    [{ disclosedUsd: 880 * M, disclosedDeals: 3, undisclosedDeals: 0, deals: 3 }, "$880M", "$880M"],
    [{ disclosedUsd: 0, disclosedDeals: 0, undisclosedDeals: 2, deals: 2 }, "undisclosed · all 2 deals", "undisclosed"],
    [{ disclosedUsd: 0, disclosedDeals: 0, undisclosedDeals: 1, deals: 1 }, "undisclosed · 1 deal", "undisclosed"],
    [{ disclosedUsd: 0, disclosedDeals: 0, undisclosedDeals: 0, deals: 0 }, "no deals", "–"],
  ])("%j reads %j", (total, long, short) => {
    expect(totalText(total, "en")).toBe(long);
    expect(shortTotalText(total, "en")).toBe(short);
  });

  it("never says $0 for deals whose amounts are undisclosed, in any language (property)", () => {
    const total = fc
      .record({ disclosed: fc.nat(20), undisclosed: fc.nat(20), usd: fc.double({ min: 0, max: 1e11, noNaN: true }) })
      .map(({ disclosed, undisclosed, usd }): Total => ({
        disclosedUsd: disclosed ? usd : 0,
        disclosedDeals: disclosed,
        undisclosedDeals: undisclosed,
        deals: disclosed + undisclosed,
      }));
    fc.assert(
      fc.property(total, fc.constantFrom("en" as const, "ko" as const, "zh" as const), (value, lang) => {
        const texts = [totalText(value, lang), shortTotalText(value, lang)];
        if (value.disclosedDeals === 0) for (const text of texts) expect(text).not.toMatch(/\$/);
        // Whatever is left out is said: the undisclosed count appears whenever there is one.
        if (value.undisclosedDeals > 0 && value.disclosedDeals > 0)
          for (const text of texts) expect(text).toContain(value.undisclosedDeals.toLocaleString("en-US"));
      }),
    );
  });

  it("says one deal in the singular", () => {
    expect(dealsText(1, "en")).toBe("1 deal");
    expect(dealsText(14, "en")).toBe("14 deals");
  });
});
