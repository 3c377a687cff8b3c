// A Barnes-Hut quadtree in flat typed arrays, rebuilt each step, and ForceAtlas2's repulsion
// (k * m_i * m_j / distance) read from it. No objects per node or cell: the arrays are reused.

/** Cells deeper than this keep their points in one list (coincident points would recurse forever). */
const MAX_DEPTH = 24;
const EMPTY = -1;

export class BarnesHut {
  private capacity = 0;
  private cells = 0;
  private left = new Float64Array(0);
  private top = new Float64Array(0);
  private size = new Float64Array(0);
  private mass = new Float64Array(0);
  private massX = new Float64Array(0);
  private massY = new Float64Array(0);
  private child = new Int32Array(0);
  private point = new Int32Array(0);
  private next = new Int32Array(0);
  private stack = new Int32Array(0);
  /** The members in the tree's depth-first order: neighbours in space are neighbours in memory. */
  private order = new Int32Array(0);
  private ordered = 0;

  /** Builds the tree over nodes `members` (indices into x, y, m). */
  build(members: Uint32Array, x: Float64Array, y: Float64Array, m: Float64Array): void {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const i of members) {
      const px = x[i] ?? 0;
      const py = y[i] ?? 0;
      if (px < minX) minX = px;
      if (px > maxX) maxX = px;
      if (py < minY) minY = py;
      if (py > maxY) maxY = py;
    }
    this.reserve(4 * members.length + 8, x.length);
    this.cells = 0;
    const root = this.cell(minX, minY, Math.max(maxX - minX, maxY - minY, 1e-9) * 1.0001);
    for (const i of members) this.insert(root, i, x[i] ?? 0, y[i] ?? 0, m[i] ?? 0);
    // Weighted sums become centres of mass, once per build rather than at every visit.
    for (let c = 0; c < this.cells; c++) {
      const mc = this.mass[c] ?? 0;
      if (mc > 0) {
        this.massX[c] = (this.massX[c] ?? 0) / mc;
        this.massY[c] = (this.massY[c] ?? 0) / mc;
      }
    }
    this.orderPoints();
  }

  private orderPoints(): void {
    if (this.order.length < this.next.length) this.order = new Int32Array(this.next.length);
    const stack = this.stack;
    let depth = 0;
    let filled = 0;
    stack[depth++] = 0;
    while (depth > 0) {
      const c = stack[--depth] ?? 0;
      const first = this.child[c] ?? EMPTY;
      if (first === EMPTY) {
        for (let j = this.point[c] ?? EMPTY; j !== EMPTY; j = this.next[j] ?? EMPTY) this.order[filled++] = j;
        continue;
      }
      for (let q = 3; q >= 0; q--) if ((this.mass[first + q] ?? 0) > 0) stack[depth++] = first + q;
    }
    this.ordered = filled;
  }

  /** Adds to fx, fy the repulsion on every member from all the others. */
  repel(
    members: Uint32Array,
    x: Float64Array,
    y: Float64Array,
    m: Float64Array,
    fx: Float64Array,
    fy: Float64Array,
    strength: number,
    theta: number,
  ): void {
    const theta2 = theta * theta;
    const stack = this.stack;
    // Locals, not fields, in the hot loop.
    const cellMass = this.mass;
    const centreX = this.massX;
    const centreY = this.massY;
    const size = this.size;
    const child = this.child;
    const point = this.point;
    const next = this.next;
    const order = this.order;
    for (let p = 0; p < this.ordered; p++) {
      const i = order[p] ?? 0;
      const px = x[i] ?? 0;
      const py = y[i] ?? 0;
      const k = strength * (m[i] ?? 0);
      let ax = 0;
      let ay = 0;
      let depth = 0;
      stack[depth++] = 0;
      while (depth > 0) {
        const c = stack[--depth] ?? 0;
        const mc = cellMass[c] ?? 0;
        if (mc === 0) continue;
        const first = child[c] ?? EMPTY;
        if (first === EMPTY) {
          for (let j = point[c] ?? EMPTY; j !== EMPTY; j = next[j] ?? EMPTY) {
            if (j === i) continue;
            const dx = px - (x[j] ?? 0);
            const dy = py - (y[j] ?? 0);
            const d2 = dx * dx + dy * dy;
            if (d2 > 0) {
              const f = (k * (m[j] ?? 0)) / d2;
              ax += dx * f;
              ay += dy * f;
            }
          }
          continue;
        }
        const dx = px - (centreX[c] ?? 0);
        const dy = py - (centreY[c] ?? 0);
        const d2 = dx * dx + dy * dy;
        const s = size[c] ?? 0;
        if (s * s < theta2 * d2) {
          const f = (k * mc) / d2;
          ax += dx * f;
          ay += dy * f;
        } else {
          stack[depth++] = first;
          stack[depth++] = first + 1;
          stack[depth++] = first + 2;
          stack[depth++] = first + 3;
        }
      }
      fx[i] = (fx[i] ?? 0) + ax;
      fy[i] = (fy[i] ?? 0) + ay;
    }
  }

  private insert(root: number, i: number, px: number, py: number, pm: number): void {
    let c = root;
    for (let depth = 0; ; depth++) {
      this.mass[c] = (this.mass[c] ?? 0) + pm;
      this.massX[c] = (this.massX[c] ?? 0) + pm * px;
      this.massY[c] = (this.massY[c] ?? 0) + pm * py;
      const first = this.child[c] ?? EMPTY;
      if (first !== EMPTY) {
        c = first + this.quadrant(c, px, py);
        continue;
      }
      const held = this.point[c] ?? EMPTY;
      if (held === EMPTY || depth >= MAX_DEPTH) {
        this.next[i] = held;
        this.point[c] = i;
        return;
      }
      // Split: the point already here moves down into its quadrant (it is alone, so next is EMPTY).
      const half = (this.size[c] ?? 0) / 2;
      const l = this.left[c] ?? 0;
      const t = this.top[c] ?? 0;
      const children = this.cell(l, t, half);
      this.cell(l + half, t, half);
      this.cell(l, t + half, half);
      this.cell(l + half, t + half, half);
      this.child[c] = children;
      this.point[c] = EMPTY;
      const heldX = (this.massX[c] ?? 0) - pm * px;
      const heldY = (this.massY[c] ?? 0) - pm * py;
      const heldMass = (this.mass[c] ?? 0) - pm;
      const q = children + this.quadrant(c, heldMass > 0 ? heldX / heldMass : l, heldMass > 0 ? heldY / heldMass : t);
      this.point[q] = held;
      this.mass[q] = heldMass;
      this.massX[q] = heldX;
      this.massY[q] = heldY;
      c = children + this.quadrant(c, px, py);
    }
  }

  private quadrant(c: number, px: number, py: number): number {
    const half = (this.size[c] ?? 0) / 2;
    return (px >= (this.left[c] ?? 0) + half ? 1 : 0) + (py >= (this.top[c] ?? 0) + half ? 2 : 0);
  }

  private cell(left: number, top: number, size: number): number {
    if (this.cells >= this.capacity) this.reserve(this.capacity * 2, this.next.length);
    const c = this.cells++;
    this.left[c] = left;
    this.top[c] = top;
    this.size[c] = size;
    this.mass[c] = 0;
    this.massX[c] = 0;
    this.massY[c] = 0;
    this.child[c] = EMPTY;
    this.point[c] = EMPTY;
    return c;
  }

  private reserve(cells: number, points: number): void {
    if (cells > this.capacity) {
      const used = this.cells;
      const f64 = (old: Float64Array): Float64Array<ArrayBuffer> => {
        const fresh = new Float64Array(cells);
        fresh.set(old.subarray(0, used));
        return fresh;
      };
      const i32 = (old: Int32Array): Int32Array<ArrayBuffer> => {
        const fresh = new Int32Array(cells);
        fresh.set(old.subarray(0, used));
        return fresh;
      };
      this.left = f64(this.left);
      this.top = f64(this.top);
      this.size = f64(this.size);
      this.mass = f64(this.mass);
      this.massX = f64(this.massX);
      this.massY = f64(this.massY);
      this.child = i32(this.child);
      this.point = i32(this.point);
      this.stack = new Int32Array(Math.max(this.stack.length, 4 * MAX_DEPTH + 8));
      this.capacity = cells;
    }
    if (points > this.next.length) this.next = new Int32Array(points);
  }
}
