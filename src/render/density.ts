// Edge density for large graphs: past a budget of drawn lines the picture is a hairball, so only
// the largest links are drawn while zoomed out; zooming in raises the budget. Data is not hidden
// from the status line, the stats or the table, only from the drawing.
import type { VisibleSet } from "../filter/visible";

/** Lines drawn at the default zoom; the budget grows with the square of the zoom factor. */
export const EDGE_BUDGET = 12_000;

export function edgeBudget(cameraRatio: number): number {
  return Math.round(EDGE_BUDGET / Math.min(1, Math.max(cameraRatio, 1e-3)) ** 2);
}

/**
 * The smallest pair amount still drawn: visible pairs at or above it number at most `budget`
 * (ties aside). 0 when everything fits, so undisclosed links are drawn too.
 */
export function amountThreshold(visible: VisibleSet, budget: number): number {
  if (visible.visiblePairs <= budget) return 0;
  const amounts = new Float64Array(visible.visiblePairs);
  let k = 0;
  for (let p = 0; p < visible.pairDeals.length; p++) if (visible.pairDeals[p]) amounts[k++] = visible.pairAmount[p] ?? 0;
  // The budget-th largest amount; links of amount 0 (undisclosed) never make a budget that binds.
  return Math.max(Number.MIN_VALUE, nthSmallest(amounts, amounts.length - budget));
}

/** Hoare's quickselect: the k-th smallest value, in linear time on average. Reorders `values`. */
export function nthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k] ?? 0;
}

/** Below this share of the budget, a filtered view stops reusing the unfiltered view's threshold. */
export const KEPT_SHARE = 0.25;

/**
 * The threshold for a filtered view. While the unfiltered view's threshold (for the same budget)
 * still draws at least a quarter of the budget, it is kept: filtering then only takes links away
 * and never swaps in smaller ones, so the picture stays recognisable and a filter change redraws
 * only the links it removes. A filtered amount never exceeds the pair's total, so the kept
 * threshold never draws more than the budget. Below a quarter, the filtered set gets its own.
 */
export function filteredThreshold(visible: VisibleSet, unfilteredThreshold: number, budget: number): number {
  if (unfilteredThreshold > 0 && drawnPairs(visible, unfilteredThreshold) >= budget * KEPT_SHARE) return unfilteredThreshold;
  return amountThreshold(visible, budget);
}

/** The threshold for any visible set at a zoom, the unfiltered ones cached per budget. */
export function thresholdsFor(unfiltered: VisibleSet): (visible: VisibleSet, cameraRatio: number) => number {
  const byBudget = new Map<number, number>();
  return (visible, cameraRatio) => {
    const budget = edgeBudget(cameraRatio);
    let base = byBudget.get(budget);
    if (base === undefined) {
      base = amountThreshold(unfiltered, budget);
      byBudget.set(budget, base);
    }
    return filteredThreshold(visible, base, budget);
  };
}

/** How many visible pairs a threshold keeps. */
export function drawnPairs(visible: VisibleSet, threshold: number): number {
  if (threshold <= 0) return visible.visiblePairs;
  let drawn = 0;
  for (let p = 0; p < visible.pairDeals.length; p++) if (visible.pairDeals[p] && (visible.pairAmount[p] ?? 0) >= threshold) drawn++;
  return drawn;
}
