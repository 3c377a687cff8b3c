// Edge density: which links a large graph draws within its budget.
import { describe, expect, it } from "vitest";
import { computeVisible } from "../../src/filter/visible";
import { generateDataset } from "../../scripts/bench/generate";
import {
  amountThreshold,
  drawnPairs,
  edgeBudget,
  EDGE_BUDGET,
  filteredThreshold,
  KEPT_SHARE,
  nthSmallest,
  thresholdsFor,
} from "../../src/render/density";
import { DEFAULT_FILTERS, type FilterState } from "../../src/state/filters";
import { modelOf, sample, type RawDocument } from "./fixtures";

describe("edge density", () => {
  it("nthSmallest agrees with sorting", () => {
    let seed = 7;
    const random = (): number => (seed = (1664525 * seed + 1013904223) >>> 0) / 2 ** 32;
    for (const size of [1, 2, 10, 1000]) {
      const values = Float64Array.from({ length: size }, () => Math.floor(random() * 50));
      const sorted = Float64Array.from(values).sort();
      for (const k of [0, size >> 1, size - 1]) expect(nthSmallest(Float64Array.from(values), k)).toBe(sorted[k]);
    }
  });

  it("grows the budget with the square of the zoom, never below the default", () => {
    expect(edgeBudget(1)).toBe(EDGE_BUDGET);
    expect(edgeBudget(2)).toBe(EDGE_BUDGET);
    expect(edgeBudget(0.5)).toBe(4 * EDGE_BUDGET);
  });

  it("draws everything when it fits, else the largest links up to the budget", () => {
    const model = modelOf(sample());
    const visible = computeVisible(model.index, model.dataset.nodes.length, DEFAULT_FILTERS);
    expect(amountThreshold(visible, 100)).toBe(0);
    // Ten pairs; the three largest: alibaba>moonshot 800M, alibaba>minimax 600M, tencent>minimax 250M.
    const threshold = amountThreshold(visible, 3);
    expect(threshold).toBe(250e6);
    expect(drawnPairs(visible, threshold)).toBe(3);
    expect(drawnPairs(visible, 0)).toBe(visible.visiblePairs);
  });

  describe("a filtered view keeps the unfiltered threshold while it draws enough", () => {
    const model = modelOf(generateDataset({ nodes: 2000, deals: 6000 }) as RawDocument);
    const count = model.dataset.nodes.length;
    const unfiltered = computeVisible(model.index, count, DEFAULT_FILTERS);
    const budget = 1000;
    const base = amountThreshold(unfiltered, budget);
    const cases: ReadonlyArray<readonly [string, Partial<FilterState>]> = [
      ["a year window", { years: [2015, 2020] }],
      ["a minimum amount", { minAmount: 1e7 }],
      ["one form", { forms: ["cash"] }],
      ["one year of one rare form", { years: [2019, 2019], forms: ["grant"] }],
    ];
    it.each(cases)(
      "%s: never more than the budget; links drawn only if drawn unfiltered, or a fresh threshold when too few are left",
      (_name, filters) => {
        const visible = computeVisible(model.index, count, { ...DEFAULT_FILTERS, ...filters });
        const threshold = filteredThreshold(visible, base, budget);
        expect(drawnPairs(visible, threshold)).toBeLessThanOrEqual(budget);
        if (threshold === base) {
          expect(drawnPairs(visible, base)).toBeGreaterThanOrEqual(budget * KEPT_SHARE);
          for (let p = 0; p < visible.pairDeals.length; p++) {
            const drawn = (visible.pairDeals[p] ?? 0) > 0 && (visible.pairAmount[p] ?? 0) >= threshold;
            if (drawn) expect((unfiltered.pairAmount[p] ?? 0) >= base).toBe(true);
          }
        } else {
          expect(drawnPairs(visible, base)).toBeLessThan(budget * KEPT_SHARE);
          expect(threshold).toBe(amountThreshold(visible, budget));
        }
      },
    );

    it("keeps it for a year window and replaces it when a narrow filter leaves few links", () => {
      const year = computeVisible(model.index, count, { ...DEFAULT_FILTERS, years: [2015, 2020] });
      expect(filteredThreshold(year, base, budget)).toBe(base);
      const narrow = computeVisible(model.index, count, { ...DEFAULT_FILTERS, years: [2019, 2019], forms: ["grant"] });
      expect(filteredThreshold(narrow, base, budget)).not.toBe(base);
    });

    it("thresholdsFor gives the unfiltered view its own threshold at each zoom", () => {
      const threshold = thresholdsFor(unfiltered);
      expect(threshold(unfiltered, 1)).toBe(amountThreshold(unfiltered, EDGE_BUDGET));
      expect(threshold(unfiltered, 0.5)).toBe(amountThreshold(unfiltered, edgeBudget(0.5)));
    });
  });
});
