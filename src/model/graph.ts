// Builds the graphology graph once per dataset: one node per company, one directed edge per
// investor->startup pair (carrying the indices of its deals). Filtering never touches it again.
import Graph from "graphology";
import { NODE_COLORS } from "../config/forms";
import type { Dataset } from "../io/parse";
import type { DealIndex } from "./dealIndex";

export interface NodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Position of the node in dataset.nodes; the graph key is String(index). */
  index: number;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  /** Pair index in the deal index. */
  index: number;
}

export type InvestmentGraph = Graph<NodeAttributes, EdgeAttributes>;

/**
 * Node keys are the node's position ("0", "1", ...), never its id: graphology keeps adjacency in
 * plain objects, where ids like "__proto__" or "constructor" would collide with Object.prototype.
 */
export function nodeKey(index: number): string {
  return String(index);
}

export function edgeKey(pairIndex: number): string {
  return `e${pairIndex}`;
}

export function buildGraph(dataset: Dataset, index: DealIndex): InvestmentGraph {
  const graph: InvestmentGraph = new Graph({ type: "directed", multi: false, allowSelfLoops: true });
  dataset.nodes.forEach((node, i) => {
    graph.addNode(nodeKey(i), {
      // Cut for drawing (sigma measures every label it draws); the data keeps it whole.
      label: node.label.length > 120 ? `${node.label.slice(0, 119)}…` : node.label,
      x: node.x ?? 0,
      y: node.y ?? 0,
      size: 4,
      color: NODE_COLORS[node.kind],
      index: i,
    });
  });
  const seen = new Uint8Array(index.pairCount);
  for (let d = 0; d < index.count; d++) {
    const p = index.pair[d] ?? 0;
    if (seen[p]) continue;
    seen[p] = 1;
    graph.addDirectedEdgeWithKey(edgeKey(p), nodeKey(index.investor[d] ?? 0), nodeKey(index.target[d] ?? 0), {
      size: 1,
      color: "#999999",
      index: p,
    });
  }
  return graph;
}

/** True when every node carries a baked position, so no layout needs to run. */
export function hasBakedLayout(dataset: Dataset): boolean {
  return dataset.nodes.length > 0 && dataset.nodes.every((node) => node.x !== undefined && node.y !== undefined);
}
