// The exported picture's callouts (src/export/calloutsPng.ts) keep clear of the names the picture
// draws, as the live view's do: read back from a recording stand-in for the canvas context.
import { describe, expect, it } from "vitest";
import { drawCallouts, type PictureCallout } from "../../src/export/calloutsPng";

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The callout boxes drawn (roundRect calls), in the graph area's coordinates. */
function drawnBoxes(callouts: readonly PictureCallout[], names: readonly Box[], area = { x: 0, y: 40, width: 600, height: 400 }): Box[] {
  const boxes: Box[] = [];
  const translated = { x: 0, y: 0 };
  const noop = (): void => undefined;
  const ctx = {
    save: noop,
    restore: noop,
    beginPath: noop,
    moveTo: noop,
    lineTo: noop,
    stroke: noop,
    fill: noop,
    fillText: noop,
    translate: (x: number, y: number) => Object.assign(translated, { x, y }),
    roundRect: (x: number, y: number, width: number, height: number) => boxes.push({ x, y, width, height }),
  } as unknown as CanvasRenderingContext2D;
  const theme = { background: "#fff", text: "#000", muted: "#555" };
  drawCallouts(ctx, callouts, area, theme, (text) => text.length * 7, names);
  expect(translated).toEqual({ x: area.x, y: area.y });
  return boxes;
}

describe("callouts in the PNG", () => {
  const callout: PictureCallout = { x: 300, y: 200, radius: 8, text: "Led the round" };

  it("go above their node when nothing is drawn there", () => {
    const [box] = drawnBoxes([callout], []);
    expect(box).toBeDefined();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(200 - 8);
  });

  it("move off a name drawn where they would go, and stay off every name", () => {
    const [free] = drawnBoxes([callout], []);
    if (!free) throw new Error("no callout drawn");
    // A neighbour's name right where the lone callout went, and one below the node.
    const names = [
      { x: free.x - 10, y: free.y + 2, width: free.width + 20, height: 15 },
      { x: 250, y: 224, width: 100, height: 15 },
    ];
    expect(overlaps(free, names[0] as Box)).toBe(true);
    const [moved] = drawnBoxes([callout], names);
    if (!moved) throw new Error("no callout drawn");
    for (const name of names) expect(overlaps(moved, name)).toBe(false);
  });
});
