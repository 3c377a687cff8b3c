// Which nodes and edges a filter change touches, and the one refresh per store update for them.
// sigma re-processes everything when asked to re-index; we ask only when labels need it.
import type Sigma from "sigma";
import type { VisibleSet } from "../filter/visible";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";

/**
 * Above this many nodes a filter change never re-indexes: only the changed items are rewritten in
 * the GPU buffers, and labels of nodes that were hidden at the last indexation may lag. Below it,
 * re-indexing costs a few milliseconds and keeps label placement exact.
 */
export const LARGE_GRAPH = 5000;

export interface Changes {
  readonly nodes: string[];
  readonly edges: string[];
  /** A node changed visibility: sigma's label grid (built at indexation) is out of date. */
  readonly nodeVisibilityChanged: boolean;
}

/** Graph keys by index, built once per view so a diff walks typed arrays, not the graph. */
export interface Keys {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

/** A visible set as drawn: pairs below `threshold` (see density.ts) are not drawn. */
export interface Drawn {
  readonly visible: VisibleSet;
  readonly threshold: number;
}

export function diffVisible(keys: Keys, before: Drawn, after: Drawn): Changes {
  const nodes: string[] = [];
  const edges: string[] = [];
  const a = before.visible;
  const b = after.visible;
  for (let i = 0; i < keys.nodes.length; i++) {
    if ((a.nodeDeals[i] ?? 0) > 0 !== (b.nodeDeals[i] ?? 0) > 0) nodes.push(keys.nodes[i] ?? "");
  }
  for (let p = 0; p < keys.edges.length; p++) {
    const amountBefore = a.pairAmount[p] ?? 0;
    const amountAfter = b.pairAmount[p] ?? 0;
    const wasShown = (a.pairDeals[p] ?? 0) > 0 && amountBefore >= before.threshold;
    const isShown = (b.pairDeals[p] ?? 0) > 0 && amountAfter >= after.threshold;
    // Width and colour follow amount and form; a hidden edge's width and colour do not matter.
    if (wasShown !== isShown || (isShown && (amountBefore !== amountAfter || a.pairForm[p] !== b.pairForm[p])))
      edges.push(keys.edges[p] ?? "");
  }
  return { nodes, edges, nodeVisibilityChanged: nodes.length > 0 };
}

/** What one store update asks sigma to re-reduce (render/viewState.ts computes it). */
export interface Touched {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /** Every node and link (a dimming highlight changed). */
  readonly all: boolean;
  /** A node appeared or disappeared: small graphs re-index sigma's label grid. */
  readonly visibilityChanged: boolean;
}

/**
 * The one refresh of a store update: re-reduces what it touched and schedules one render for the
 * next frame (however many updates come before it). Large graphs never re-index here.
 */
export function flush(sigma: Sigma<NodeAttributes, EdgeAttributes>, keys: Keys, touched: Touched): void {
  const nodes = touched.all ? keys.nodes : [...touched.nodes];
  const edges = touched.all ? keys.edges : [...touched.edges];
  if (nodes.length === 0 && edges.length === 0) return;
  const large = keys.nodes.length > LARGE_GRAPH;
  sigma.refresh({
    partialGraph: { nodes: nodes as string[], edges: edges as string[] },
    skipIndexation: large || !touched.visibilityChanged,
    schedule: true,
  });
}
