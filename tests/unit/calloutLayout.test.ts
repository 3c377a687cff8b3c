// Callout placement: inside the picture, clear of each other where there is room, clear of the node.
import { describe, expect, it } from "vitest";
import { placeCallouts, type CalloutAnchor } from "../../src/export/calloutLayout";

type Box = { left: number; top: number; width: number; height: number };
const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const boxes = (anchors: CalloutAnchor[], bounds = { width: 600, height: 400 }): Box[] =>
  placeCallouts(anchors, bounds).map((placed, i) => ({
    left: placed.left,
    top: placed.top,
    width: anchors[i]?.width ?? 0,
    height: anchors[i]?.height ?? 0,
  }));

describe("placeCallouts", () => {
  it("puts a lone callout above its node, clear of the node's disc", () => {
    const [box] = boxes([{ x: 300, y: 200, radius: 20, width: 120, height: 30 }]);
    expect(box).toBeDefined();
    expect((box?.top ?? 0) + 30).toBeLessThanOrEqual(200 - 20);
  });
  it("keeps callouts of nearby nodes apart", () => {
    const anchors = [0, 1, 2, 3].map((i) => ({ x: 300 + i * 10, y: 200, radius: 6, width: 140, height: 32 }));
    const placed = boxes(anchors);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i] as Box, placed[j] as Box)).toBe(false);
  });
  it("stays inside the picture at its edges and below a covered top", () => {
    for (const [x, y] of [
      [2, 2],
      [598, 2],
      [2, 398],
      [598, 398],
    ] as const) {
      const placed = placeCallouts([{ x, y, width: 150, height: 40 }], { width: 600, height: 400, top: 50 })[0];
      expect(placed?.left).toBeGreaterThanOrEqual(0);
      expect((placed?.left ?? 0) + 150).toBeLessThanOrEqual(600);
      expect(placed?.top).toBeGreaterThanOrEqual(50);
      expect((placed?.top ?? 0) + 40).toBeLessThanOrEqual(400);
    }
  });
  it("keeps clear of the names drawn where a side is free, and goes farther out when the near sides are taken", () => {
    const anchor = { x: 300, y: 200, radius: 6, width: 120, height: 30 };
    const lone = boxes([anchor])[0] as Box;
    // A name exactly where the callout would go: it moves elsewhere, clear of the name.
    const name = { x: lone.left, y: lone.top, width: lone.width, height: lone.height };
    const [moved] = placeCallouts([anchor], { width: 600, height: 400, avoid: [name] });
    const box = { left: moved?.left ?? 0, top: moved?.top ?? 0, width: 120, height: 30 };
    expect(overlaps(box, { left: name.x, top: name.y, width: name.width, height: name.height })).toBe(false);
    // Names all around the node (a crowded phone view): the callout still finds a free place.
    const around = [-45, 0, 45].flatMap((dy) => [-130, -60, 10, 70].map((dx) => ({ x: 300 + dx, y: 200 + dy, width: 60, height: 16 })));
    const [far] = placeCallouts([anchor], { width: 600, height: 400, avoid: around });
    const farBox = { left: far?.left ?? 0, top: far?.top ?? 0, width: 120, height: 30 };
    for (const other of around)
      expect(overlaps(farBox, { left: other.x, top: other.y, width: other.width, height: other.height })).toBe(false);
  });
  it("ends the leader line on the box's edge nearest the node", () => {
    const [placed] = placeCallouts([{ x: 300, y: 200, width: 100, height: 20 }], { width: 600, height: 400 });
    expect(placed?.lineX).toBe(300);
    expect(placed?.lineY).toBe((placed?.top ?? 0) + 20);
  });
});
