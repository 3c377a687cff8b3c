// Single-link nodes placed around their one neighbour once the rest is laid out: up to five on a
// ring close by (each then has its neighbour as nearest point), the rest on a sunflower disc
// beyond. Pure over typed arrays; writes only the leaves' x, y.
import type { GraphShape } from "./graphShape";

/** Leaves on the inner ring: with six or more, ring neighbours would be as close as the centre. */
export const INNER_RING = 5;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Leaves grouped by their neighbour: leaves of parent p are list[start[p] .. start[p + 1]). */
export interface LeafGroups {
  readonly start: Uint32Array;
  readonly list: Uint32Array;
}

export function leafGroups(parentOf: Int32Array): LeafGroups {
  const count = parentOf.length;
  const start = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) {
    const p = parentOf[i] ?? -1;
    if (p >= 0) start[p + 1] = (start[p + 1] ?? 0) + 1;
  }
  for (let i = 0; i < count; i++) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
  const fill = start.slice(0, count);
  const list = new Uint32Array(start[count] ?? 0);
  for (let i = 0; i < count; i++) {
    const p = parentOf[i] ?? -1;
    if (p < 0) continue;
    const at = fill[p] ?? 0;
    list[at] = i;
    fill[p] = at + 1;
  }
  return { start, list };
}

/**
 * Places the leaves of every parent at distance `spacing` (times `unitOf(parent)`), the inner ring
 * turned away from the parent's other neighbours so the leaves sit in the free side.
 */
export function placeLeaves(
  shape: GraphShape,
  groups: LeafGroups,
  parentOf: Int32Array,
  x: Float64Array,
  y: Float64Array,
  spacing: (parent: number) => number,
): void {
  const count = shape.count;
  for (let p = 0; p < count; p++) {
    const from = groups.start[p] ?? 0;
    const to = groups.start[p + 1] ?? 0;
    if (to === from) continue;
    const px = x[p] ?? 0;
    const py = y[p] ?? 0;
    // Direction of the parent's non-leaf neighbours; leaves start on the opposite side.
    let ax = 0;
    let ay = 0;
    for (let j = shape.offsets[p] ?? 0; j < (shape.offsets[p + 1] ?? 0); j++) {
      const q = shape.neighbours[j] ?? 0;
      if ((parentOf[q] ?? -1) >= 0) continue;
      const dx = (x[q] ?? 0) - px;
      const dy = (y[q] ?? 0) - py;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      ax += dx / d;
      ay += dy / d;
    }
    const away = ax === 0 && ay === 0 ? 0 : Math.atan2(-ay, -ax);
    const s = spacing(p);
    const total = to - from;
    const inner = Math.min(total, INNER_RING);
    // The inner ring is centred on `away`; with few leaves they fan out 72 degrees apart.
    const step = (2 * Math.PI) / INNER_RING;
    for (let k = 0; k < total; k++) {
      const leaf = groups.list[from + k] ?? 0;
      let radius: number;
      let angle: number;
      if (k < inner) {
        radius = s;
        angle = away + (k - (inner - 1) / 2) * step;
      } else {
        // Sunflower beyond 2.2 s: about 0.9 s between neighbouring leaves.
        const n = k - inner;
        radius = s * Math.sqrt(4.84 + (n * 0.8) / Math.PI);
        angle = away + n * GOLDEN_ANGLE;
      }
      x[leaf] = px + radius * Math.cos(angle);
      y[leaf] = py + radius * Math.sin(angle);
    }
  }
}
