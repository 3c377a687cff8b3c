// Investors in one column, startups in the other, each column ordered by barycentric sweeps so
// links cross less; rows (investors above) on narrow screens. Pure: positions from the model.
import type { Model } from "../../model/model";
import { pairEnds } from "./pairs";
import { emptyPlacement, type Placement } from "./types";

const SWEEPS = 4;

export interface BipartiteOptions {
  /** Investors in a top row and startups in a bottom row (phones) instead of two columns. */
  readonly rows?: boolean;
}

/** Links between the two sides, as (left index, right index) into the two node lists. */
interface Sides {
  readonly left: number[];
  readonly right: number[];
  readonly links: ReadonlyArray<readonly [number, number]>;
}

function sidesOf(model: Model): Sides {
  const left: number[] = [];
  const right: number[] = [];
  const side = new Int32Array(model.dataset.nodes.length);
  model.dataset.nodes.forEach((node, i) => {
    side[i] = node.kind === "investor" ? left.push(i) - 1 : -(right.push(i) - 1) - 1;
  });
  const ends = pairEnds(model.index);
  const links: Array<[number, number]> = [];
  for (let p = 0; p < ends.source.length; p++) {
    const a = side[ends.source[p] ?? 0] ?? 0;
    const b = side[ends.target[p] ?? 0] ?? 0;
    // Only links across the two columns decide the order; a startup investing in a startup does not.
    if (a >= 0 && b < 0) links.push([a, -b - 1]);
    else if (a < 0 && b >= 0) links.push([b, -a - 1]);
  }
  return { left, right, links };
}

/** Crossings of straight links between two ordered columns: inversions, counted with a Fenwick tree. */
export function countCrossings(
  links: ReadonlyArray<readonly [number, number]>,
  leftRank: ArrayLike<number>,
  rightRank: ArrayLike<number>,
  rightCount: number,
): number {
  const ordered = links.map(([l, r]) => [leftRank[l] ?? 0, rightRank[r] ?? 0] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const tree = new Float64Array(rightCount + 1);
  let crossings = 0;
  let seen = 0;
  for (const [, r] of ordered) {
    // Links already seen (further up on the left) that end below r on the right cross this one.
    let atMost = 0;
    for (let i = r + 1; i > 0; i -= i & -i) atMost += tree[i] ?? 0;
    crossings += seen - atMost;
    for (let i = r + 1; i <= rightCount; i += i & -i) tree[i] = (tree[i] ?? 0) + 1;
    seen++;
  }
  return crossings;
}

/** New ranks for one column: each node at the mean rank of its neighbours (ties keep the old order). */
function sweep(count: number, rank: Int32Array, otherRank: Int32Array, neighbours: ReadonlyArray<readonly number[]>): Int32Array {
  const key = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const list = neighbours[i] ?? [];
    let sum = 0;
    for (const j of list) sum += otherRank[j] ?? 0;
    key[i] = list.length > 0 ? sum / list.length : (rank[i] ?? 0);
  }
  const order = Array.from({ length: count }, (_unused, i) => i).sort(
    (a, b) => (key[a] ?? 0) - (key[b] ?? 0) || (rank[a] ?? 0) - (rank[b] ?? 0),
  );
  const next = new Int32Array(count);
  order.forEach((i, r) => (next[i] = r));
  return next;
}

export interface ColumnOrder {
  readonly leftRank: Int32Array;
  readonly rightRank: Int32Array;
  readonly initialCrossings: number;
  readonly crossings: number;
}

/** Barycentric ordering from the data order; keeps the best order seen, so crossings never rise. */
export function orderColumns(sides: Sides): ColumnOrder {
  const { left, right, links } = sides;
  const leftNeighbours: number[][] = left.map(() => []);
  const rightNeighbours: number[][] = right.map(() => []);
  for (const [l, r] of links) {
    leftNeighbours[l]?.push(r);
    rightNeighbours[r]?.push(l);
  }
  let leftRank: Int32Array = Int32Array.from(left, (_node, i) => i);
  let rightRank: Int32Array = Int32Array.from(right, (_node, i) => i);
  const initialCrossings = countCrossings(links, leftRank, rightRank, right.length);
  let best = { leftRank, rightRank, crossings: initialCrossings };
  for (let pass = 0; pass < SWEEPS; pass++) {
    rightRank = sweep(right.length, rightRank, leftRank, rightNeighbours);
    leftRank = sweep(left.length, leftRank, rightRank, leftNeighbours);
    const crossings = countCrossings(links, leftRank, rightRank, right.length);
    if (crossings < best.crossings) best = { leftRank, rightRank, crossings };
  }
  return { ...best, initialCrossings };
}

export function bipartite(model: Model, options: BipartiteOptions = {}): Placement {
  const sides = sidesOf(model);
  const { leftRank, rightRank } = orderColumns(sides);
  const { x, y } = emptyPlacement(model.dataset.nodes.length);
  const length = Math.max(sides.left.length, sides.right.length, 2) - 1;
  // The columns stand closer than they are tall: room beside them for the labels drawn outside.
  const gap = length * (options.rows ? 0.55 : 0.8);
  const place = (nodes: readonly number[], rank: Int32Array, across: number): void => {
    const step = nodes.length > 1 ? length / (nodes.length - 1) : 0;
    nodes.forEach((node, i) => {
      const along = nodes.length > 1 ? (rank[i] ?? 0) * step : length / 2;
      if (options.rows) {
        x[node] = along;
        y[node] = across === 0 ? gap : 0;
      } else {
        x[node] = across;
        y[node] = length - along;
      }
    });
  };
  place(sides.left, leftRank, 0);
  place(sides.right, rightRank, gap);
  const top = options.rows ? gap : length;
  const headerY = top + Math.max(1, length * 0.04);
  return {
    x,
    y,
    marks: options.rows
      ? []
      : [
          { kind: "text", text: { word: "investors" }, count: sides.left.length, x: 0, y: headerY, align: "right" },
          { kind: "text", text: { word: "startups" }, count: sides.right.length, x: gap, y: headerY, align: "left" },
        ],
  };
}

/** For tests and the benchmark: the sides and the order the sweeps found. */
export function bipartiteOrder(model: Model): ColumnOrder {
  return orderColumns(sidesOf(model));
}
