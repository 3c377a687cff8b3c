// The multilevel layout's coarsening and its run through the levels (src/layout/coarsen.ts,
// multilevel.ts): what each level keeps of the graph, and what the run does with it.
import { describe, expect, it } from "vitest";
import { realShapedNetwork } from "../../scripts/bench/realShaped";
import { coarsen, hierarchy } from "../../src/layout/coarsen";
import { createLayoutRun } from "../../src/layout/engine";
import { forceArrays, forcePart, DEFAULT_FORCE } from "../../src/layout/force";
import { graphShape, partsOf } from "../../src/layout/graphShape";
import { multilevelRun } from "../../src/layout/multilevel";
import { layoutQuality } from "../../src/layout/quality";

/** A ring of `n` nodes with a chord every `chord`: connected, no leaves. */
function ring(n: number, chord: number): Uint32Array {
  const pairs: number[] = [];
  for (let i = 0; i < n; i++) pairs.push(i, (i + 1) % n);
  for (let i = 0; i < n; i += chord) pairs.push(i, (i + Math.floor(n / 3)) % n);
  return Uint32Array.from(pairs);
}

describe("coarsen", () => {
  it("maps every node to a coarser one, keeps the graph connected and leaves no self-link or repeat", () => {
    const links = ring(500, 7);
    const level = coarsen(500, links, 1);
    expect(level.up).toHaveLength(500);
    expect(Math.max(...level.up)).toBe(level.count - 1);
    expect(new Set(level.up).size).toBe(level.count);
    expect(level.count).toBeLessThanOrEqual(0.6 * 500);
    const seen = new Set<string>();
    for (let k = 0; k < level.links.length; k += 2) {
      const a = level.links[k] ?? 0;
      const b = level.links[k + 1] ?? 0;
      expect(a).not.toBe(b);
      const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
    expect(partsOf(graphShape(level.count, level.links)).count).toBe(1);
  });

  it("shrinks a star, which a plain matching cannot: the hub's neighbours join groups of a few", () => {
    const pairs: number[] = [];
    // A hub (0) with 40 spokes, each spoke also linked to the next, so no spoke is a leaf.
    for (let i = 1; i <= 40; i++) pairs.push(0, i, i, (i % 40) + 1);
    const level = coarsen(41, Uint32Array.from(pairs), 3);
    expect(level.count).toBeLessThanOrEqual(21);
    const sizes = new Map<number, number>();
    for (const c of level.up) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(4);
  });

  it("stacks levels that shrink down to the smallest size asked, and stops where a level barely shrinks", () => {
    const levels = hierarchy(2000, ring(2000, 5), 50, 9);
    expect(levels.length).toBeGreaterThan(3);
    let n = 2000;
    for (const level of levels) {
      expect(level.up).toHaveLength(n);
      expect(level.count).toBeLessThan(0.85 * n);
      n = level.count;
    }
    expect(n).toBeLessThanOrEqual(50);
    // Two nodes and no link: nothing to merge, so no level.
    expect(hierarchy(2, new Uint32Array(0), 1, 9)).toHaveLength(0);
  });
});

describe("multilevelRun", () => {
  it("does the steps of every level, then leaves the core finite and spread (no two nodes on one point)", () => {
    const n = 1500;
    const links = ring(n, 4);
    const arrays = forceArrays(n);
    for (let i = 0; i < n; i++) arrays.mass[i] = 3;
    const core = forcePart(
      Uint32Array.from({ length: n }, (_unused, i) => i),
      links,
    );
    const steps = { coarsest: 50, between: 10, finest: 20, smallest: 60 };
    const run = multilevelRun(core, arrays, { ...DEFAULT_FORCE, linLog: true }, steps, 5);
    const levels = hierarchy(n, links, 60, 5).length;
    expect(run.total).toBe(steps.coarsest + (levels - 1) * steps.between + steps.finest);
    let done = 1;
    while (run.step()) done++;
    expect(done).toBe(run.total);
    const points = new Set<string>();
    for (let i = 0; i < n; i++) {
      expect(Number.isFinite(arrays.x[i])).toBe(true);
      points.add(`${arrays.x[i]},${arrays.y[i]}`);
    }
    expect(points.size).toBe(n);
  });

  it("shows the coarse picture on every node while it works on a coarse level", () => {
    const n = 1200;
    const arrays = forceArrays(n);
    arrays.mass.fill(2);
    const core = forcePart(
      Uint32Array.from({ length: n }, (_unused, i) => i),
      ring(n, 6),
    );
    const run = multilevelRun(core, arrays, DEFAULT_FORCE, { coarsest: 5, between: 5, finest: 5, smallest: 40 }, 2);
    run.step();
    run.project();
    // Nodes merged into one coarse node share its place: fewer places than nodes, all finite.
    const places = new Set<string>();
    for (let i = 0; i < n; i++) places.add(`${arrays.x[i]},${arrays.y[i]}`);
    expect(places.size).toBeLessThan(n / 4);
    expect([...arrays.x].every(Number.isFinite)).toBe(true);
  });

  it("matches a single-level run's quality on a real-shaped network (the bench times both)", () => {
    const network = realShapedNetwork(10_000, 5);
    const count = network.investors + network.startups;
    const quality = (multilevelFrom: number): { quality: ReturnType<typeof layoutQuality>; total: number } => {
      const run = createLayoutRun({ count, links: network.pairs, settings: { multilevelFrom } });
      while (run.step());
      return { quality: layoutQuality(run.positions(), count, network.pairs), total: run.total };
    };
    const multi = quality(1000);
    const single = quality(Number.POSITIVE_INFINITY);
    expect(multi.quality.neighbourhood).toBeGreaterThanOrEqual(single.quality.neighbourhood - 0.03);
    expect(multi.quality.lengthRatio).toBeLessThanOrEqual(single.quality.lengthRatio + 0.01);
  }, 60_000);

  it("goes on from a run stopped on a coarse level, where merged nodes share a point, to every node on its own", () => {
    const network = realShapedNetwork(10_000, 2);
    const count = network.investors + network.startups;
    const early = createLayoutRun({ count, links: network.pairs });
    for (let k = 0; k < 5; k++) early.step();
    const stopped = early.positions();
    const places = (positions: Float32Array): number => {
      const seen = new Set<string>();
      for (let i = 0; i < count; i++) seen.add(`${positions[2 * i]},${positions[2 * i + 1]}`);
      return seen.size;
    };
    expect(places(stopped)).toBeLessThan(count);
    const continued = createLayoutRun({ count, links: network.pairs, start: stopped });
    while (continued.step());
    expect(places(continued.positions())).toBe(count);
  }, 60_000);
});
