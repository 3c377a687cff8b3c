// Label placement: a greedy pass in priority order that keeps labels inside the view and apart,
// trying right, left, below and above the disc before dropping one.
import { describe, expect, it } from "vitest";
import { overlaps, placeLabels, type LabelCandidate } from "../../src/render/labelPlacement";

const candidate = (key: string, x: number, y: number, width = 60, radius = 5): LabelCandidate => ({ key, x, y, radius, width, height: 17 });

describe("placeLabels", () => {
  it("puts a lone label right of its disc, vertically centred", () => {
    expect(placeLabels([candidate("a", 100, 100)], 800, 600)).toEqual([{ key: "a", x: 108, y: 91.5, width: 60, height: 17 }]);
  });

  it("moves a label to the left of its disc at the right edge, and below it at a corner", () => {
    const [right] = placeLabels([candidate("edge", 790, 100)], 800, 600);
    expect(right?.x).toBeLessThan(790);
    expect((right?.x ?? 0) + (right?.width ?? 0)).toBeLessThanOrEqual(800);
    // Too narrow for either side: centred below.
    const [below] = placeLabels([candidate("narrow", 40, 20, 70)], 80, 100);
    expect(below).toMatchObject({ x: 5, y: 28 });
  });

  it("puts a label asked to go left (the bipartite investors' column) left of its disc, and right when the left has no room", () => {
    const [left] = placeLabels([{ ...candidate("investor", 300, 100), left: true }], 800, 600);
    expect(left).toEqual({ key: "investor", x: 300 - 5 - 3 - 60, y: 91.5, width: 60, height: 17 });
    const [pushed] = placeLabels([{ ...candidate("investor", 20, 100), left: true }], 800, 600);
    expect(pushed?.x).toBe(28);
  });

  it("drops a label that fits nowhere rather than cut it", () => {
    expect(placeLabels([candidate("wide", 50, 50, 500)], 200, 100)).toEqual([]);
  });

  it("keeps earlier candidates first and never lets two labels overlap", () => {
    // A third label between two kept ones finds no free side (the view is too low for below).
    const placed = placeLabels([candidate("first", 100, 100), candidate("second", 170, 100), candidate("third", 140, 100)], 400, 118);
    expect(placed.map((box) => box.key)).toEqual(["first", "second"]);
    // With room below, it goes there instead of being dropped.
    expect(
      placeLabels([candidate("first", 100, 100), candidate("second", 170, 100), candidate("third", 140, 110)], 400, 300)[2],
    ).toMatchObject({ key: "third", x: 110, y: 118 });
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  it("places a dense crowd without any overlap or box outside the view", () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
    const crowd = Array.from({ length: 300 }, (_unused, i) =>
      candidate(`n${i}`, random() * 500, random() * 300, 30 + random() * 80, 2 + random() * 8),
    );
    const placed = placeLabels(crowd, 500, 300);
    expect(placed.length).toBeGreaterThan(20);
    for (const box of placed) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(500);
      expect(box.y + box.height).toBeLessThanOrEqual(300);
    }
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
  });
});
