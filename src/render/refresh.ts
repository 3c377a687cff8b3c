// Which nodes and edges a filter change touches, and how to refresh sigma for them.
// sigma re-processes everything when asked to re-index; we ask only when labels need it.
import type Sigma from "sigma";
import type { VisibleSet } from "../filter/visible";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";
import { edgeColor } from "./style";

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

export function diffVisible(sigma: Sigma<NodeAttributes, EdgeAttributes>, before: VisibleSet, after: VisibleSet, forms: readonly string[]): Changes {
  const graph = sigma.getGraph();
  const nodes: string[] = [];
  const edges: string[] = [];
  graph.forEachNode((key, attributes) => {
    const i = attributes.index;
    if ((before.nodeDeals[i] ?? 0) > 0 !== (after.nodeDeals[i] ?? 0) > 0) nodes.push(key);
  });
  graph.forEachEdge((key, attributes) => {
    const p = attributes.index;
    if (
      (before.pairDeals[p] ?? 0) > 0 !== (after.pairDeals[p] ?? 0) > 0 ||
      before.pairAmount[p] !== after.pairAmount[p] ||
      edgeColor(before, p, forms) !== edgeColor(after, p, forms)
    )
      edges.push(key);
  });
  return { nodes, edges, nodeVisibilityChanged: nodes.length > 0 };
}

export function applyChanges(sigma: Sigma<NodeAttributes, EdgeAttributes>, changes: Changes): void {
  if (changes.nodes.length === 0 && changes.edges.length === 0) return;
  const large = sigma.getGraph().order > LARGE_GRAPH;
  sigma.refresh({
    partialGraph: { nodes: changes.nodes, edges: changes.edges },
    skipIndexation: large || !changes.nodeVisibilityChanged,
  });
}
