// How amounts become pixels and forms become colours on the graph. Pure functions of the visible
// set and of the model's unfiltered totals, so sizes stay comparable while filters change.
import { formColor } from "../config/forms";
import type { DealIndex } from "../model/dealIndex";
import { computeVisible, NO_FORM, type VisibleSet } from "../filter/visible";
import { DEFAULT_FILTERS } from "../state/filters";

export const NODE_SIZE = { min: 3, max: 22 } as const;
export const EDGE_SIZE = { min: 0.6, max: 7 } as const;
export const DIM_NODE = "#D4D8DD";
export const DIM_EDGE = "#ECEEF1";
export const UNDISCLOSED_EDGE = "#B8BEC6";

export interface Scales {
  /** Radius of each node: area proportional to its total amount invested or raised, all deals. */
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
  const nodeSize = new Float32Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    const amount = all.nodeAmount[i] ?? 0;
    nodeSize[i] = amount > 0 && maxNodeAmount > 0 ? NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.sqrt(amount / maxNodeAmount) : NODE_SIZE.min;
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
