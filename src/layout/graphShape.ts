// The graph as the layout sees it: neighbour lists (CSR) over node indices, separate parts, and the
// single-link nodes (leaves) that hang off the rest. Pure typed-array code; no graph library.

export interface GraphShape {
  readonly count: number;
  /** Neighbours of node i: neighbours[offsets[i] .. offsets[i + 1]), sorted, without repeats. */
  readonly offsets: Uint32Array;
  readonly neighbours: Uint32Array;
}

/** Node index pairs (source, target) flattened; self-links and repeats are ignored. */
export type LinkPairs = Uint32Array | ReadonlyArray<number>;

export function graphShape(count: number, links: LinkPairs): GraphShape {
  const degree = new Uint32Array(count);
  for (let k = 0; k + 1 < links.length; k += 2) {
    const a = links[k] ?? 0;
    const b = links[k + 1] ?? 0;
    if (a === b || a >= count || b >= count) continue;
    degree[a] = (degree[a] ?? 0) + 1;
    degree[b] = (degree[b] ?? 0) + 1;
  }
  const offsets = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = (offsets[i] ?? 0) + (degree[i] ?? 0);
  const fill = offsets.slice(0, count);
  const neighbours = new Uint32Array(offsets[count] ?? 0);
  for (let k = 0; k + 1 < links.length; k += 2) {
    const a = links[k] ?? 0;
    const b = links[k + 1] ?? 0;
    if (a === b || a >= count || b >= count) continue;
    const atA = fill[a] ?? 0;
    const atB = fill[b] ?? 0;
    neighbours[atA] = b;
    neighbours[atB] = a;
    fill[a] = atA + 1;
    fill[b] = atB + 1;
  }
  // Sort each list and squeeze out repeats (two links between one pair count once).
  const unique = new Uint32Array(count + 1);
  let write = 0;
  for (let i = 0; i < count; i++) {
    const list = neighbours.subarray(offsets[i] ?? 0, offsets[i + 1] ?? 0).sort();
    unique[i] = write;
    for (let j = 0; j < list.length; j++) if (j === 0 || list[j] !== list[j - 1]) neighbours[write++] = list[j] ?? 0;
  }
  unique[count] = write;
  return { count, offsets: unique, neighbours: neighbours.slice(0, write) };
}

export const degreeOf = (shape: GraphShape, i: number): number => (shape.offsets[i + 1] ?? 0) - (shape.offsets[i] ?? 0);

/** Separate parts: part[i] for every node, parts numbered by first node, and the part count. */
export function partsOf(shape: GraphShape): { part: Uint32Array; count: number } {
  const part = new Uint32Array(shape.count).fill(0xffffffff);
  const queue = new Uint32Array(shape.count);
  let parts = 0;
  for (let start = 0; start < shape.count; start++) {
    if (part[start] !== 0xffffffff) continue;
    part[start] = parts;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const v = queue[head++] ?? 0;
      for (let j = shape.offsets[v] ?? 0; j < (shape.offsets[v + 1] ?? 0); j++) {
        const w = shape.neighbours[j] ?? 0;
        if (part[w] === 0xffffffff) {
          part[w] = parts;
          queue[tail++] = w;
        }
      }
    }
    parts++;
  }
  return { part, count: parts };
}

/**
 * Leaves: nodes with one neighbour, which then places them. In a part of two nodes the one with
 * the higher index is the leaf, so every part keeps a non-empty, connected core. Returns each
 * leaf's neighbour, or -1 for core nodes.
 */
export function leavesOf(shape: GraphShape): Int32Array {
  const parent = new Int32Array(shape.count).fill(-1);
  for (let i = 0; i < shape.count; i++) {
    if (degreeOf(shape, i) !== 1) continue;
    const neighbour = shape.neighbours[shape.offsets[i] ?? 0] ?? 0;
    if (degreeOf(shape, neighbour) > 1 || neighbour < i) parent[i] = neighbour;
  }
  return parent;
}
