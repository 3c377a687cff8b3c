// Linked pairs and per-node deal counts read from the deal index: what the arrangements need of
// the network, as typed arrays. Pure; built on demand, never stored on the model.
import type { DealIndex } from "../../model/dealIndex";

export interface PairEnds {
  readonly source: Uint32Array;
  readonly target: Uint32Array;
  /** Deals in each pair. */
  readonly deals: Uint32Array;
}

export function pairEnds(index: DealIndex): PairEnds {
  const source = new Uint32Array(index.pairCount);
  const target = new Uint32Array(index.pairCount);
  const deals = new Uint32Array(index.pairCount);
  for (let d = 0; d < index.count; d++) {
    const p = index.pair[d] ?? 0;
    source[p] = index.investor[d] ?? 0;
    target[p] = index.target[d] ?? 0;
    deals[p] = (deals[p] ?? 0) + 1;
  }
  return { source, target, deals };
}

/** Deals each node takes part in (as investor or as target). */
export function dealCounts(index: DealIndex, nodeCount: number): Uint32Array {
  const counts = new Uint32Array(nodeCount);
  for (let d = 0; d < index.count; d++) {
    const from = index.investor[d] ?? 0;
    const to = index.target[d] ?? 0;
    counts[from] = (counts[from] ?? 0) + 1;
    if (to !== from) counts[to] = (counts[to] ?? 0) + 1;
  }
  return counts;
}

/** Undirected adjacency as CSR: neighbours of n are list[start[n] .. start[n+1]). */
export function adjacency(ends: PairEnds, nodeCount: number): { start: Uint32Array; list: Uint32Array } {
  const start = new Uint32Array(nodeCount + 1);
  const { source, target } = ends;
  for (let p = 0; p < source.length; p++) {
    start[(source[p] ?? 0) + 1] = (start[(source[p] ?? 0) + 1] ?? 0) + 1;
    start[(target[p] ?? 0) + 1] = (start[(target[p] ?? 0) + 1] ?? 0) + 1;
  }
  for (let n = 0; n < nodeCount; n++) start[n + 1] = (start[n + 1] ?? 0) + (start[n] ?? 0);
  const next = start.slice(0, nodeCount);
  const list = new Uint32Array(source.length * 2);
  for (let p = 0; p < source.length; p++) {
    const a = source[p] ?? 0;
    const b = target[p] ?? 0;
    list[next[a] ?? 0] = b;
    next[a] = (next[a] ?? 0) + 1;
    list[next[b] ?? 0] = a;
    next[b] = (next[b] ?? 0) + 1;
  }
  return { start, list };
}

/** Golden-angle spiral (phyllotaxis): the i-th of many points packed evenly around a centre. */
export function spiral(i: number, spacing: number): { dx: number; dy: number } {
  const radius = spacing * Math.sqrt(i);
  const angle = i * 2.399963229728653;
  return { dx: radius * Math.cos(angle), dy: radius * Math.sin(angle) };
}
