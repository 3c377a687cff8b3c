// The layout quality measures (issue 14) on graphs small enough to work out by hand, the k-d tree
// against brute force, and the real-shaped generator's shape at the size.
import { describe, expect, it } from "vitest";
import { realShapedNetwork } from "../../scripts/bench/realShaped";
import { buildKdTree } from "../../src/layout/kdTree";
import { lcg } from "../../src/layout/matrices";
import { graphShape } from "../../src/layout/graphShape";
import { lengthRatio, neighbourhoodPreservation } from "../../src/layout/quality";

const points = (...xy: number[]): Float32Array => Float32Array.from(xy);

describe("neighbourhood preservation", () => {
  it("is 1 for a path drawn in order: every node's nearest points are its neighbours", () => {
    expect(neighbourhoodPreservation(points(0, 0, 1, 0, 2, 0), 3, [0, 1, 1, 2])).toBe(1);
  });

  it("counts the share per node: a path drawn out of order scores (0 + 1 + 1) / 3", () => {
    // Node 0's nearest is node 2 (1.2 away), not its neighbour 1 (2 away); nodes 1 and 2 find theirs.
    expect(neighbourhoodPreservation(points(0, 0, 2, 0, 1.2, 0), 3, [0, 1, 1, 2])).toBeCloseTo(2 / 3, 10);
  });

  it("looks at min(degree, 10) points and leaves unlinked nodes out of the mean", () => {
    // A star: hub 0 with two leaves close by; node 3 has no link; node 4 (a third leaf) sits far
    // away, beyond node 3: the hub's 3 nearest are 1, 2, 3, so it scores 2/3; leaf 4's nearest is 3.
    const star = points(0, 0, 1, 0, -1, 0, 0, 5, 0, 9);
    expect(neighbourhoodPreservation(star, 5, [0, 1, 0, 2, 0, 4])).toBeCloseTo((2 / 3 + 1 + 1 + 0) / 4, 10);
  });
});

describe("length ratio", () => {
  // A unit square: of the 12 ordered random pairs 8 are sides (1) and 4 diagonals (sqrt 2), so the
  // median random distance is 1.
  const square = points(0, 0, 1, 0, 1, 1, 0, 1);
  it("is 1 when the links are the square's sides", () => {
    expect(lengthRatio(square, 4, [0, 1, 1, 2, 2, 3, 3, 0])).toBeCloseTo(1, 10);
  });
  it("is sqrt 2 when the links are its diagonals, and the same for the same seed", () => {
    expect(lengthRatio(square, 4, [0, 2, 1, 3], 5)).toBeCloseTo(Math.SQRT2, 10);
    expect(lengthRatio(square, 4, [0, 2, 1, 3], 5)).toBe(lengthRatio(square, 4, [0, 2, 1, 3], 5));
  });
});

describe("adjacency and the k-d tree", () => {
  it("drops self-links and repeats", () => {
    const { offsets, neighbours } = graphShape(3, [0, 1, 1, 0, 2, 2, 1, 2]);
    expect(Array.from(offsets)).toEqual([0, 1, 3, 4]);
    expect(Array.from(neighbours)).toEqual([1, 0, 2, 1]);
  });

  it("finds the same nearest points as brute force, also with coincident points", () => {
    const random = lcg(3);
    const count = 600;
    const xy = new Float32Array(2 * count);
    for (let i = 0; i < 2 * count; i++) xy[i] = i < 200 ? 0.5 : Math.round(random() * 100) / 10;
    const tree = buildKdTree(xy);
    const distance = (a: number, b: number): number =>
      ((xy[2 * a] ?? 0) - (xy[2 * b] ?? 0)) ** 2 + ((xy[2 * a + 1] ?? 0) - (xy[2 * b + 1] ?? 0)) ** 2;
    for (let i = 0; i < count; i += 7) {
      const found = Array.from(tree.nearest(i, 10), (j) => distance(i, j));
      const expected = Array.from({ length: count }, (_unused, j) => j)
        .filter((j) => j !== i)
        .map((j) => distance(i, j))
        .sort((a, b) => a - b)
        .slice(0, 10);
      expect(found).toEqual(expected);
    }
  });
});

describe("real-shaped generator", () => {
  it("at 80,000 deals has the export's shape: ~38k organisations, ~63k pairs, ~2,700 parts, half single-link", () => {
    const network = realShapedNetwork(80_000);
    const count = network.investors + network.startups;
    const deals = network.dealsPerPair.reduce((sum, value) => sum + value, 0);
    const { offsets } = graphShape(count, network.pairs);
    let single = 0;
    let maxDegree = 0;
    for (let i = 0; i < count; i++) {
      const degree = (offsets[i + 1] ?? 0) - (offsets[i] ?? 0);
      if (degree === 1) single++;
      maxDegree = Math.max(maxDegree, degree);
    }
    expect(deals).toBe(80_000);
    expect(count).toBeGreaterThan(35_000);
    expect(count).toBeLessThan(42_000);
    expect(network.pairs.length / 2).toBeGreaterThan(60_000);
    expect(network.pairs.length / 2).toBeLessThan(66_000);
    expect(single / count).toBeGreaterThan(0.45);
    expect(single / count).toBeLessThan(0.55);
    expect(maxDegree).toBeGreaterThan(500);
    expect(componentCount(count, network.pairs)).toBeGreaterThan(2_400);
    expect(componentCount(count, network.pairs)).toBeLessThan(3_100);
  });

  it("is the same network for the same seed and another for another seed", () => {
    expect(realShapedNetwork(2_000, 4).pairs).toEqual(realShapedNetwork(2_000, 4).pairs);
    expect(realShapedNetwork(2_000, 5).pairs).not.toEqual(realShapedNetwork(2_000, 4).pairs);
  });
});

function componentCount(count: number, pairs: Uint32Array): number {
  const parent = Int32Array.from({ length: count }, (_unused, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x] ?? x] ?? x;
    return x;
  };
  for (let k = 0; k < pairs.length; k += 2) parent[find(pairs[k] ?? 0)] = find(pairs[k + 1] ?? 0);
  let roots = 0;
  for (let i = 0; i < count; i++) if (find(i) === i) roots++;
  return roots;
}
