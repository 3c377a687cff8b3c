// Multilevel coarsening (Walshaw 2003; Hu 2005, Graphviz sfdp): a big part is shrunk level by level
// by merging each node with a neighbour, laid out cheaply where it is small, then refined on the way
// back up, each finer node starting at its merged node's place. Pure over typed arrays.
import { degreeOf, graphShape } from "./graphShape";
import { lcg } from "./matrices";

/** One coarser level: how many nodes, its links (pairs of its indices), and each finer node's node here. */
export interface CoarseLevel {
  readonly count: number;
  readonly links: Uint32Array;
  readonly up: Uint32Array;
}

/** Most finer nodes merged into one: a hub joins a group of at most this many, not all its neighbours. */
const MOST_MERGED = 4;

/**
 * One level up: nodes taken from the least linked, each merged with its least linked free neighbour
 * (a matching, so levels stay even), or, with none free, added to its smallest neighbouring group.
 * On deal networks (one investor with hundreds of startups) a plain matching barely shrinks a star;
 * the joining does.
 */
export function coarsen(count: number, links: Uint32Array, seed: number): CoarseLevel {
  const shape = graphShape(count, links);
  const random = lcg(seed);
  const order = Uint32Array.from({ length: count }, (_unused, i) => i);
  for (let k = count - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    const held = order[k] ?? 0;
    order[k] = order[j] ?? 0;
    order[j] = held;
  }
  const degree = Uint32Array.from({ length: count }, (_unused, i) => degreeOf(shape, i));
  // Stable by degree after the shuffle: ties in seeded random order.
  const sorted = Array.from(order).sort((a, b) => (degree[a] ?? 0) - (degree[b] ?? 0));
  const group = new Int32Array(count).fill(-1);
  const size: number[] = [];
  for (const u of sorted) {
    if ((group[u] ?? -1) >= 0) continue;
    let free = -1;
    let joined = -1;
    for (let j = shape.offsets[u] ?? 0; j < (shape.offsets[u + 1] ?? 0); j++) {
      const v = shape.neighbours[j] ?? 0;
      const g = group[v] ?? -1;
      if (g < 0) {
        if (free < 0 || (degree[v] ?? 0) < (degree[free] ?? 0)) free = v;
      } else if ((size[g] ?? 0) < MOST_MERGED && (joined < 0 || (size[g] ?? 0) < (size[joined] ?? 0))) joined = g;
    }
    if (free >= 0) {
      group[u] = group[free] = size.length;
      size.push(2);
    } else if (joined >= 0) {
      group[u] = joined;
      size[joined] = (size[joined] ?? 0) + 1;
    } else {
      group[u] = size.length;
      size.push(1);
    }
  }
  const up = Uint32Array.from(group);
  const coarse = size.length;
  // Links between groups, each pair once.
  const pairs: number[] = [];
  for (let i = 0; i < count; i++) {
    for (let j = shape.offsets[i] ?? 0; j < (shape.offsets[i + 1] ?? 0); j++) {
      const q = shape.neighbours[j] ?? 0;
      if (q > i && up[i] !== up[q]) pairs.push(up[i] ?? 0, up[q] ?? 0);
    }
  }
  const merged = graphShape(coarse, pairs);
  const out: number[] = [];
  for (let i = 0; i < coarse; i++)
    for (let j = merged.offsets[i] ?? 0; j < (merged.offsets[i + 1] ?? 0); j++)
      if ((merged.neighbours[j] ?? 0) > i) out.push(i, merged.neighbours[j] ?? 0);
  return { count: coarse, links: Uint32Array.from(out), up };
}

/** Levels from the finest's first coarsening up to one of at most `smallest` nodes, or until a level barely shrinks. */
export function hierarchy(count: number, links: Uint32Array, smallest: number, seed: number): CoarseLevel[] {
  const levels: CoarseLevel[] = [];
  let n = count;
  let at = links;
  while (n > smallest) {
    const level = coarsen(n, at, seed + levels.length);
    if (level.count > 0.85 * n) break;
    levels.push(level);
    n = level.count;
    at = level.links;
  }
  return levels;
}
