// The two layout quality measures of issue 14, over plain arrays so Node, the CLI, the benchmark
// and end-to-end tests share them. Pure: reads positions and links, never changes them.
import { graphShape, type LinkPairs } from "./graphShape";
import { buildKdTree } from "./kdTree";
import { lcg } from "./matrices";

/** Most nearest points looked at per node. */
export const NEIGHBOURHOOD_K = 10;
export type { LinkPairs };

export interface LayoutQuality {
  /** Mean over linked nodes of the share of its min(degree, 10) nearest points that are neighbours. */
  readonly neighbourhood: number;
  /** Median link length over the median distance between seeded random pairs of nodes. */
  readonly lengthRatio: number;
}

export function neighbourhoodPreservation(positions: Float32Array | Float64Array, count: number, links: LinkPairs): number {
  const { offsets, neighbours } = graphShape(count, links);
  const tree = buildKdTree(positions.subarray(0, 2 * count));
  const mark = new Int32Array(count).fill(-1);
  let sum = 0;
  let linked = 0;
  for (let i = 0; i < count; i++) {
    const from = offsets[i] ?? 0;
    const to = offsets[i + 1] ?? 0;
    if (to === from) continue;
    for (let j = from; j < to; j++) mark[neighbours[j] ?? 0] = i;
    const k = Math.min(to - from, NEIGHBOURHOOD_K);
    const nearest = tree.nearest(i, k);
    let hits = 0;
    for (const point of nearest) if (mark[point] === i) hits++;
    sum += hits / k;
    linked++;
  }
  return linked ? sum / linked : 0;
}

export function lengthRatio(positions: Float32Array | Float64Array, count: number, links: LinkPairs, seed = 1, samples = 100_000): number {
  const distance = (a: number, b: number): number =>
    Math.hypot((positions[2 * a] ?? 0) - (positions[2 * b] ?? 0), (positions[2 * a + 1] ?? 0) - (positions[2 * b + 1] ?? 0));
  const lengths = new Float64Array(links.length >> 1);
  for (let k = 0; k < lengths.length; k++) lengths[k] = distance(links[2 * k] ?? 0, links[2 * k + 1] ?? 0);
  if (count < 2 || lengths.length === 0) return 0;
  const random = lcg(seed);
  const pairs = new Float64Array(samples);
  for (let s = 0; s < samples; s++) {
    const a = Math.floor(random() * count);
    // A different node: pick among the other count - 1 and skip over a.
    let b = Math.floor(random() * (count - 1));
    if (b >= a) b++;
    pairs[s] = distance(a, b);
  }
  const randomMedian = median(pairs);
  return randomMedian > 0 ? median(lengths) / randomMedian : 0;
}

export function layoutQuality(positions: Float32Array | Float64Array, count: number, links: LinkPairs, seed = 1): LayoutQuality {
  return { neighbourhood: neighbourhoodPreservation(positions, count, links), lengthRatio: lengthRatio(positions, count, links, seed) };
}

function median(values: Float64Array): number {
  if (values.length === 0) return 0;
  const sorted = values.slice().sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
