// Communities of the network (Louvain, graphology-communities-louvain) with a seeded random
// source, so the same file always gives the same communities. Computed once per model, on first
// use; loaded lazily (only color=community needs it). Must not: run per filter change.
import louvain from "graphology-communities-louvain";
import type { Model } from "./model";

export interface Communities {
  /** Community of each node (by node index), numbered by size: 0 is the largest. */
  readonly of: Int32Array;
  /** Node indices of each community, busiest first. */
  readonly members: ReadonlyArray<readonly number[]>;
}

const memo = new WeakMap<Model, Communities>();

/** Mulberry32: a small seeded generator in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function communitiesOf(model: Model): Communities {
  const known = memo.get(model);
  if (known) return known;
  const { graph, dataset } = model;
  const raw = new Int32Array(dataset.nodes.length).fill(-1);
  if (graph.size > 0) {
    const found = louvain(graph, { rng: seeded(42), getEdgeWeight: null });
    for (const [key, community] of Object.entries(found)) raw[graph.getNodeAttribute(key, "index")] = community;
  }
  const degree = (i: number): number => graph.degree(String(i));
  // Nodes without links form no community of their own: each is its own, at the end.
  const groups = new Map<number, number[]>();
  let lonely = -2;
  raw.forEach((community, i) => {
    const key = community >= 0 ? community : lonely--;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const members = [...groups.values()].map((list) => list.sort((a, b) => degree(b) - degree(a) || a - b));
  members.sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
  const of = new Int32Array(dataset.nodes.length);
  members.forEach((list, c) => list.forEach((i) => (of[i] = c)));
  const result = { of, members };
  memo.set(model, result);
  return result;
}
