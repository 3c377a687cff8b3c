// Node picking on the CPU (render/nodePicking.ts): the grid finds the disc under a point as sigma's
// picking buffer does, and hands back to sigma's own picking while its positions are out of date.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type Sigma from "sigma";
import { buildPickGrid, forEachNear, mountNodePicking, pickingSample, topmostHit } from "../../src/render/nodePicking";
import type { EdgeAttributes, NodeAttributes } from "../../src/model/graph";

describe("pick grid", () => {
  it("finds every point within reach, whatever the grid's cell size", () => {
    let seed = 11;
    const random = (): number => (seed = (1664525 * seed + 1013904223) >>> 0) / 2 ** 32;
    const x = Float64Array.from({ length: 500 }, () => random() * 10 - 5);
    const y = Float64Array.from({ length: 500 }, () => random() * 3);
    const grid = buildPickGrid(x, y);
    for (let probe = 0; probe < 50; probe++) {
      const px = random() * 12 - 6;
      const py = random() * 4 - 0.5;
      const reach = random() * 0.8;
      const found = new Set<number>();
      forEachNear(grid, px, py, reach, (item) => found.add(item));
      for (let i = 0; i < x.length; i++) {
        if (Math.abs((x[i] ?? 0) - px) <= reach && Math.abs((y[i] ?? 0) - py) <= reach) expect(found.has(i)).toBe(true);
      }
    }
  });

  it("leaves out items without a position, and copes with none at all", () => {
    const grid = buildPickGrid([0, Number.NaN, 1], [0, 5, 1]);
    const found: number[] = [];
    forEachNear(grid, 0, 0, 10, (item) => found.push(item));
    expect(found.sort()).toEqual([0, 2]);
    const empty = buildPickGrid([Number.NaN], [Number.NaN]);
    forEachNear(empty, 0, 0, 10, () => expect.unreachable());
  });
});

describe("topmost hit", () => {
  const discs = [
    { x: 0, y: 0, radius: 5, zIndex: 0 },
    { x: 3, y: 0, radius: 5, zIndex: 0 },
    { x: 100, y: 0, radius: 5, zIndex: 0 },
  ];
  it("is the later item where discs overlap, none outside every disc", () => {
    expect(topmostHit([0, 1, 2], (i) => discs[i] ?? null, 1, 0)).toBe(1);
    expect(topmostHit([1, 0], (i) => discs[i] ?? null, 1, 0)).toBe(1);
    expect(topmostHit([0, 1, 2], (i) => discs[i] ?? null, -4, 0)).toBe(0);
    expect(topmostHit([0, 1, 2], (i) => discs[i] ?? null, 50, 0)).toBeNull();
  });
  it("puts a higher zIndex on top, and skips what is not drawn", () => {
    const raised = (i: number) => (i === 0 ? { ...discs[0]!, zIndex: 2 } : (discs[i] ?? null));
    expect(topmostHit([0, 1], raised, 1, 0)).toBe(0);
    expect(topmostHit([0, 1], (i) => (i === 1 ? null : (discs[i] ?? null)), 1, 0)).toBe(0);
  });
});

it("tests the centre of sigma's half-resolution picking pixel under the pointer", () => {
  // sigma reads column floor(x / 2) and row floor(height / 2 - y / 2), counted from the bottom.
  expect(pickingSample({ x: 10.9, y: 3.2 }, 800)).toEqual({ x: 11, y: 3 });
  expect(pickingSample({ x: 0, y: 0.5 }, 800)).toEqual({ x: 1, y: 1 });
  expect(pickingSample({ x: 5, y: 799.5 }, 801)).toEqual({ x: 5, y: 800 });
});

/** A stand-in for sigma: framed graph = viewport / 100, sizes drawn as they are, its own picking a spy. */
function fakeSigma(positions: Array<[number, number]>) {
  const data = positions.map(([x, y]) => ({ x, y, size: 5, hidden: false, zIndex: 0 }));
  const own = vi.fn((_position: { x: number; y: number }): string | null => "own");
  const listeners = new Set<() => void>();
  // sigma's methods live on its prototype: the picking overrides them on the instance.
  const methods = { getNodeAtPosition: own, refresh: vi.fn((_options?: object) => fake) };
  const fake = Object.assign(Object.create(methods) as typeof methods, {
    getNodeDisplayData: (key: string) => data[Number(key)],
    viewportToFramedGraph: (p: { x: number; y: number }) => ({ x: p.x / 100, y: p.y / 100 }),
    framedGraphToViewport: (p: { x: number; y: number }) => ({ x: p.x * 100, y: p.y * 100 }),
    scaleSize: (size: number) => size,
    getDimensions: () => ({ width: 1000, height: 1000 }),
    on: (_event: string, listener: () => void) => listeners.add(listener),
    off: (_event: string, listener: () => void) => listeners.delete(listener),
  });

  const pick = (x: number, y: number): string | null => fake.getNodeAtPosition({ x, y });
  return { fake, data, own, pick, process: () => listeners.forEach((listener) => listener()) };
}

describe("mountNodePicking", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const keys = ["0", "1", "2"];
  const mount = (s: ReturnType<typeof fakeSigma>) => mountNodePicking(s.fake as unknown as Sigma<NodeAttributes, EdgeAttributes>, keys);

  it("answers from the grid once built, sigma's picking until then", () => {
    const s = fakeSigma([
      [1, 1],
      [1.06, 1],
      [5, 5],
    ]);
    const unmount = mount(s);
    expect(s.pick(101, 101)).toBe("own");
    vi.runAllTimers();
    s.own.mockClear();
    expect(s.pick(101, 101)).toBe("0");
    expect(s.pick(105, 101)).toBe("1");
    expect(s.pick(301, 301)).toBeNull();
    // Where the two discs overlap the later one is on top, unless it is hidden.
    expect(s.pick(103, 101)).toBe("1");
    s.data[1]!.hidden = true;
    expect(s.pick(103, 101)).toBe("0");
    expect(s.own).not.toHaveBeenCalled();
    unmount();
    expect(s.pick(101, 101)).toBe("own");
  });

  it("hands back to sigma while refreshed nodes may have moved, and follows them once rebuilt", () => {
    const s = fakeSigma([
      [1, 1],
      [3, 3],
      [5, 5],
    ]);
    mount(s);
    vi.runAllTimers();
    // A filter change: listed nodes that did not move keep the grid.
    s.fake.refresh({ partialGraph: { nodes: ["0", "1"] }, skipIndexation: true, schedule: true });
    expect(s.pick(101, 101)).toBe("own");
    vi.advanceTimersByTime(0);
    expect(s.pick(101, 101)).toBe("0");
    // A layout step moved node 0: the grid waits until positions settle.
    s.data[0] = { ...s.data[0]!, x: 7, y: 7 };
    s.fake.refresh({ partialGraph: { nodes: ["0"] }, skipIndexation: true, schedule: true });
    vi.advanceTimersByTime(0);
    expect(s.pick(101, 101)).toBe("own");
    vi.runAllTimers();
    expect(s.pick(101, 101)).toBeNull();
    expect(s.pick(701, 701)).toBe("0");
    // A re-index (sigma's process) renormalises every position.
    s.data[2] = { ...s.data[2]!, x: 1, y: 1 };
    s.process();
    expect(s.pick(101, 101)).toBe("own");
    vi.runAllTimers();
    expect(s.pick(101, 101)).toBe("2");
  });
});
