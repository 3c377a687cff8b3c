// Edge density: which links a large graph draws within its budget.
import { describe, expect, it } from "vitest";
import { computeVisible } from "../../src/filter/visible";
import { amountThreshold, drawnPairs, edgeBudget, EDGE_BUDGET, nthSmallest } from "../../src/render/density";
import { DEFAULT_FILTERS } from "../../src/state/filters";
import { modelOf, sample } from "./fixtures";

describe("edge density", () => {
  it("nthSmallest agrees with sorting", () => {
    let seed = 7;
    const random = (): number => ((seed = (1664525 * seed + 1013904223) >>> 0) / 2 ** 32);
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
});
