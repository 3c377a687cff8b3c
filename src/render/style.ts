// How amounts become pixels and forms become colours on the graph. Pure functions of the visible
// set and of the model's unfiltered totals, so sizes stay comparable while filters change.
import { BACKGROUNDS, formColor, NODE_COLORS_BY_THEME, type Theme } from "../config/forms";
import type { DealIndex } from "../model/dealIndex";
import { computeVisible, NO_FORM, type VisibleSet } from "../filter/visible";
import { DEFAULT_FILTERS } from "../state/filters";

export const NODE_SIZE = { min: 3, max: 22 } as const;
/** Extra radius per square root of a node's deal count. */
export const DEAL_RADIUS = 1.6;
export const EDGE_SIZE = { min: 0.6, max: 7 } as const;
export const DIM_NODE = "#D4D8DD";
export const DIM_EDGE = "#ECEEF1";
export const UNDISCLOSED_EDGE = "#8A9099";

/** Everything the picture colours by theme; dimmed items are meant to recede, so they are faint. */
export interface RenderTheme {
  readonly name: Theme;
  readonly background: string;
  readonly label: string;
  readonly dimNode: string;
  readonly dimEdge: string;
  readonly undisclosedEdge: string;
  readonly investor: string;
  readonly startup: string;
}

export const RENDER_THEMES: Readonly<Record<Theme, RenderTheme>> = {
  light: {
    name: "light",
    background: BACKGROUNDS.light,
    label: "#1F2933",
    dimNode: DIM_NODE,
    dimEdge: DIM_EDGE,
    undisclosedEdge: UNDISCLOSED_EDGE,
    ...NODE_COLORS_BY_THEME.light,
  },
  dark: {
    name: "dark",
    background: BACKGROUNDS.dark,
    label: "#E5E7EB",
    dimNode: "#2E3644",
    dimEdge: "#1E2531",
    undisclosedEdge: "#6B7280",
    ...NODE_COLORS_BY_THEME.dark,
  },
};

export interface Scales {
  /**
   * Radius of each node over all deals: area proportional to its total amount invested or raised,
   * and never smaller than its number of deals gives.
   */
  readonly nodeSize: Float32Array;
  readonly maxPairAmount: number;
  /** The visible set with no filter on: the reference for the edge budget's threshold. */
  readonly unfiltered: VisibleSet;
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
  return { nodeSize, maxPairAmount, unfiltered: all };
}

export function edgeSize(amount: number, scales: Scales): number {
  if (!(amount > 0) || scales.maxPairAmount <= 0) return EDGE_SIZE.min;
  return EDGE_SIZE.min + (EDGE_SIZE.max - EDGE_SIZE.min) * Math.sqrt(amount / scales.maxPairAmount);
}

/** Edge colour: the form of its largest visible deal; grey when every visible deal is undisclosed. */
export function edgeColor(visible: VisibleSet, pair: number, forms: readonly string[], theme: RenderTheme = RENDER_THEMES.light): string {
  const formIndex = visible.pairForm[pair] ?? NO_FORM;
  const form = forms[formIndex];
  if (form === undefined) return theme.undisclosedEdge;
  return (visible.pairAmount[pair] ?? 0) > 0 ? formColor(form, theme.name) : theme.undisclosedEdge;
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
