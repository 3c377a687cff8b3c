// A static 2-d tree over points (x, y pairs) for k-nearest-neighbour queries: built once in
// O(n log n), each query about O(log n + k). Pure; never changes the points it is given.

export interface KdTree {
  /** Up to k nearest points to point `of` (itself excluded), nearest first, as point indices. */
  nearest(of: number, k: number): Uint32Array;
}

export function buildKdTree(points: Float32Array | Float64Array): KdTree {
  const count = points.length >> 1;
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  // The tree is implicit: the median of order[lo, hi) sits at (lo + hi) >> 1, split on depth parity.
  const build = (lo: number, hi: number, axis: number): void => {
    if (hi - lo < 2) return;
    const mid = (lo + hi) >> 1;
    select(order, points, lo, hi - 1, mid, axis);
    build(lo, mid, axis ^ 1);
    build(mid + 1, hi, axis ^ 1);
  };
  build(0, count, 0);

  return {
    nearest(of, k) {
      const x = points[2 * of] ?? 0;
      const y = points[2 * of + 1] ?? 0;
      // A sorted list of the best k so far (k <= 10 in practice, so insertion is cheapest).
      const best = new Uint32Array(k);
      const bestDistance = new Float64Array(k).fill(Infinity);
      let found = 0;
      const visit = (lo: number, hi: number, axis: number): void => {
        if (hi <= lo) return;
        const mid = (lo + hi) >> 1;
        const point = order[mid] ?? 0;
        const dx = (points[2 * point] ?? 0) - x;
        const dy = (points[2 * point + 1] ?? 0) - y;
        if (point !== of) {
          const distance = dx * dx + dy * dy;
          if (found < k || distance < (bestDistance[k - 1] ?? Infinity)) {
            let at = Math.min(found, k - 1);
            while (at > 0 && (bestDistance[at - 1] ?? 0) > distance) {
              bestDistance[at] = bestDistance[at - 1] ?? 0;
              best[at] = best[at - 1] ?? 0;
              at--;
            }
            bestDistance[at] = distance;
            best[at] = point;
            if (found < k) found++;
          }
        }
        const delta = axis === 0 ? -dx : -dy;
        const [near, far] =
          delta < 0
            ? ([
                [lo, mid],
                [mid + 1, hi],
              ] as const)
            : ([
                [mid + 1, hi],
                [lo, mid],
              ] as const);
        visit(near[0], near[1], axis ^ 1);
        if (found < k || delta * delta < (bestDistance[k - 1] ?? Infinity)) visit(far[0], far[1], axis ^ 1);
      };
      visit(0, count, 0);
      return best.subarray(0, found);
    },
  };
}

/** Quickselect: puts the k-th smallest of order[lo..hi] by the axis coordinate at k. */
function select(order: Uint32Array, points: Float32Array | Float64Array, lo: number, hi: number, k: number, axis: number): void {
  const value = (at: number): number => points[2 * (order[at] ?? 0) + axis] ?? 0;
  const swap = (a: number, b: number): void => {
    const held = order[a] ?? 0;
    order[a] = order[b] ?? 0;
    order[b] = held;
  };
  while (hi > lo) {
    // Three-way partition around the middle value, so many equal coordinates stay linear.
    const pivot = value((lo + hi) >> 1);
    let less = lo;
    let more = hi;
    let i = lo;
    while (i <= more) {
      const v = value(i);
      if (v < pivot) swap(i++, less++);
      else if (v > pivot) swap(i, more--);
      else i++;
    }
    if (k < less) hi = less - 1;
    else if (k > more) lo = more + 1;
    else return;
  }
}
