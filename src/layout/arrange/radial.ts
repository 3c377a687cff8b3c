// One node's neighbourhood laid out on its own: the node in the middle, its direct partners on a
// ring, partners of partners on an outer ring next to the one that links them. Pure.
import type { Model } from "../../model/model";
import { adjacency, dealCounts, pairEnds } from "./pairs";
import { emptyPlacement, type Placement } from "./types";

/** Hops from `centre` through any link (either direction), up to `depth`; -1 beyond. */
export function hopsFrom(model: Model, centre: number, depth: number): Int8Array {
  const count = model.dataset.nodes.length;
  const hops = new Int8Array(count).fill(-1);
  if (centre < 0 || centre >= count) return hops;
  const { start, list } = adjacency(pairEnds(model.index), count);
  hops[centre] = 0;
  let frontier = [centre];
  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (let at = start[node] ?? 0; at < (start[node + 1] ?? 0); at++) {
        const other = list[at] ?? 0;
        if (hops[other] !== -1) continue;
        hops[other] = hop;
        next.push(other);
      }
    }
    frontier = next;
  }
  return hops;
}

export function radial(model: Model, centre: number, depth: number): Placement {
  const count = model.dataset.nodes.length;
  const hops = hopsFrom(model, centre, depth);
  const deals = dealCounts(model.index, count);
  const { start, list } = adjacency(pairEnds(model.index), count);
  const { x, y } = emptyPlacement(count);
  const angle = new Float64Array(count);

  // Ring one: busiest first, evenly around; its radius leaves about two units per node.
  const ring1: number[] = [];
  const ring2: number[] = [];
  for (let n = 0; n < count; n++) {
    if (hops[n] === 1) ring1.push(n);
    else if (hops[n] === 2) ring2.push(n);
  }
  ring1.sort((a, b) => (deals[b] ?? 0) - (deals[a] ?? 0) || a - b);
  const r1 = Math.max(8, (ring1.length * 2.2) / (2 * Math.PI));
  ring1.forEach((node, i) => {
    angle[node] = (i / Math.max(1, ring1.length)) * 2 * Math.PI + Math.PI / 2;
    x[node] = r1 * Math.cos(angle[node] ?? 0);
    y[node] = r1 * Math.sin(angle[node] ?? 0);
  });
  // Ring two: each node beside its first-ring partner (the mean angle of those it links to).
  const parentAngle = new Float64Array(count);
  for (const node of ring2) {
    let sx = 0;
    let sy = 0;
    for (let at = start[node] ?? 0; at < (start[node + 1] ?? 0); at++) {
      const other = list[at] ?? 0;
      if (hops[other] !== 1) continue;
      sx += Math.cos(angle[other] ?? 0);
      sy += Math.sin(angle[other] ?? 0);
    }
    parentAngle[node] = Math.atan2(sy, sx);
  }
  const norm = (a: number): number => (((a - Math.PI / 2) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  ring2.sort((a, b) => norm(parentAngle[a] ?? 0) - norm(parentAngle[b] ?? 0) || a - b);
  const r2 = Math.max(r1 + 10, (ring2.length * 1.8) / (2 * Math.PI));
  ring2.forEach((node, i) => {
    const a = (i / Math.max(1, ring2.length)) * 2 * Math.PI + Math.PI / 2;
    x[node] = r2 * Math.cos(a);
    y[node] = r2 * Math.sin(a);
  });
  return { x, y, marks: [] };
}
