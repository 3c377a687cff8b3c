// How amounts become pixels and forms become colours on the graph. Pure functions of the visible
// set and of the model's unfiltered totals, so sizes stay comparable while filters change.
import { formColor } from "../config/forms";
import type { DealIndex } from "../model/dealIndex";
import { computeVisible, NO_FORM, type VisibleSet } from "../filter/visible";
import { DEFAULT_FILTERS } from "../state/filters";

export const NODE_SIZE = { min: 3, max: 22 } as const;
/** Extra radius per square root of a node's deal count. */
export const DEAL_RADIUS = 1.6;
export const EDGE_SIZE = { min: 0.6, max: 7 } as const;
export const DIM_NODE = "#D4D8DD";
export const DIM_EDGE = "#ECEEF1";
export const UNDISCLOSED_EDGE = "#B8BEC6";

export interface Scales {
  /**
   * Radius of each node over all deals: area proportional to its total amount invested or raised,
   * and never smaller than its number of deals gives.
   */
  readonly nodeSize: Float32Array;
  readonly maxPairAmount: number;
}

/** Computed once per model. */
export function scalesFor(index: DealIndex, nodeCount: number): Scales {
  const all = computeVisible(index, nodeCount, DEFAULT_FILTERS);
  let maxNodeAmount = 0;
  for (const value of all.nodeAmount) if (value > maxNodeAmount) maxNodeAmount = value;
  let maxPairAmount = 0;
  for (const value of all.pairAmount) if (value > maxPairAmount) maxPairAmount = value;
  // Thousands of nodes at the default zoom leave each a few pixels: shrink the smallest so the
  // picture keeps its structure instead of becoming one disc.
  const crowd = Math.min(1, Math.max(0, Math.log10(Math.max(1, nodeCount) / 1000) / 2));
  const min = NODE_SIZE.min - (NODE_SIZE.min - 1) * crowd;
  const max = NODE_SIZE.max - 6 * crowd;
  const perDeal = DEAL_RADIUS * (1 - 0.6 * crowd);
  const nodeSize = new Float32Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    const amount = all.nodeAmount[i] ?? 0;
    const byAmount = amount > 0 && maxNodeAmount > 0 ? min + (max - min) * Math.sqrt(amount / maxNodeAmount) : min;
    // Most amounts in real data are undisclosed: a busy investor with undisclosed deals must not
    // shrink to a dot, so the radius is at least what its number of deals gives.
    const byDeals = min + perDeal * Math.sqrt(Math.max(0, (all.nodeDeals[i] ?? 0) - 1));
    nodeSize[i] = Math.min(max, Math.max(byAmount, byDeals));
  }
  return { nodeSize, maxPairAmount };
}

export function edgeSize(amount: number, scales: Scales): number {
  if (!(amount > 0) || scales.maxPairAmount <= 0) return EDGE_SIZE.min;
  return EDGE_SIZE.min + (EDGE_SIZE.max - EDGE_SIZE.min) * Math.sqrt(amount / scales.maxPairAmount);
}

/** Edge colour: the form of its largest visible deal; grey when every visible deal is undisclosed. */
export function edgeColor(visible: VisibleSet, pair: number, forms: readonly string[]): string {
  const formIndex = visible.pairForm[pair] ?? NO_FORM;
  const form = forms[formIndex];
  if (form === undefined) return UNDISCLOSED_EDGE;
  return (visible.pairAmount[pair] ?? 0) > 0 ? formColor(form) : UNDISCLOSED_EDGE;
}

/** The `count` nodes with most visible deals (then amount): their labels are always drawn. */
export function leadingNodes(visible: VisibleSet, count: number): Set<number> {
  const { nodeDeals, nodeAmount } = visible;
  const best = new Int32Array(count).fill(-1);
  const score = new Float64Array(count).fill(-1);
  for (let i = 0; i < nodeDeals.length; i++) {
    const deals = nodeDeals[i] ?? 0;
    if (deals === 0) continue;
    const value = deals * 1e15 + (nodeAmount[i] ?? 0) / 1e3;
    if (value <= (score[count - 1] ?? 0)) continue;
    // Insert into the sorted top list, dropping the last.
    let at = count - 1;
    while (at > 0 && (score[at - 1] ?? 0) < value) {
      score[at] = score[at - 1] ?? -1;
      best[at] = best[at - 1] ?? -1;
      at--;
    }
    score[at] = value;
    best[at] = i;
  }
  return new Set(Array.from(best).filter((i) => i >= 0));
}
