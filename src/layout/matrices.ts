// ForceAtlas2's flat matrices built from the graph, and a seeded start so the same data always
// gives the same picture. Pure: returns new arrays; `assignPositions` is the one named mutation.
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { InvestmentGraph } from "../model/graph";

/** Properties per node and per edge, as graphology-layout-forceatlas2's iterate() reads them. */
export const PPN = 10;
export const PPE = 3;

export interface LayoutMatrices {
  readonly nodes: Float32Array;
  readonly edges: Float32Array;
}

/** d3-force's linear congruential generator: deterministic, seedable. */
export function lcg(seed = 42): () => number {
  let state = seed >>> 0;
  return () => {
    state = (1664525 * state + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** A seeded start: a phyllotaxis disc jittered by the LCG, so no two nodes share a spot. */
export function seededPositions(count: number, seed = 42): Float32Array {
  const random = lcg(seed);
  const positions = new Float32Array(count * 2);
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < count; i++) {
    const radius = 10 * Math.sqrt(i + 0.5);
    const angle = i * golden;
    positions[2 * i] = radius * Math.cos(angle) + random() - 0.5;
    positions[2 * i + 1] = radius * Math.sin(angle) + random() - 0.5;
  }
  return positions;
}

export function buildMatrices(graph: InvestmentGraph, start: Float32Array): LayoutMatrices {
  const nodes = new Float32Array(graph.order * PPN);
  const edges = new Float32Array(graph.size * PPE);
  const offset = new Map<string, number>();
  let j = 0;
  graph.forEachNode((key, attributes) => {
    const i = attributes.index;
    offset.set(key, j);
    nodes[j] = start[2 * i] ?? 0;
    nodes[j + 1] = start[2 * i + 1] ?? 0;
    nodes[j + 6] = 1; // mass: 1 + degree, completed below
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = 1; // size
    j += PPN;
  });
  j = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const s = offset.get(source) ?? 0;
    const t = offset.get(target) ?? 0;
    nodes[s + 6] = (nodes[s + 6] ?? 0) + 1;
    nodes[t + 6] = (nodes[t + 6] ?? 0) + 1;
    edges[j] = s;
    edges[j + 1] = t;
    edges[j + 2] = 1;
    j += PPE;
  });
  return { nodes, edges };
}

export function layoutSettings(order: number): Required<ForceAtlas2Settings> {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    strongGravityMode: true,
    gravity: 0.05,
    slowDown: 1 + Math.log(Math.max(1, order)),
    barnesHutOptimize: order > 2000,
    barnesHutTheta: 0.5,
  };
}

/** Iterations for a graph of this size: enough to settle, bounded for big graphs. */
export function layoutIterations(order: number): number {
  if (order <= 1000) return 500;
  if (order <= 10000) return 300;
  return 150;
}

/** Writes x, y from a node matrix (graph order) back into the graph. Mutates the graph. */
export function assignPositions(graph: InvestmentGraph, positions: Float32Array): void {
  let i = 0;
  graph.updateEachNodeAttributes(
    (_key, attributes) => {
      attributes.x = positions[2 * i] ?? attributes.x;
      attributes.y = positions[2 * i + 1] ?? attributes.y;
      i++;
      return attributes;
    },
    { attributes: ["x", "y"] },
  );
}

/**
 * Writes x, y into the nodes' own attribute objects, without graph events. Mutates the graph. For
 * a running layout: sigma answers the bulk event of `assignPositions` by re-processing every node,
 * link and label at once (seconds on 10,000 nodes), so the view follows instead
 * (render/layoutFollow.ts) and re-indexes once when the layout ends.
 */
export function writePositionsQuietly(graph: InvestmentGraph, positions: Float32Array): void {
  let i = 0;
  graph.forEachNode((_key, attributes) => {
    attributes.x = positions[2 * i] ?? attributes.x;
    attributes.y = positions[2 * i + 1] ?? attributes.y;
    i++;
  });
}

/** x, y pairs in graph order out of a node matrix. */
export function positionsOf(nodes: Float32Array): Float32Array {
  const count = nodes.length / PPN;
  const positions = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    positions[2 * i] = nodes[i * PPN] ?? 0;
    positions[2 * i + 1] = nodes[i * PPN + 1] ?? 0;
  }
  return positions;
}
