// Node labels on the default view: pairwise apart and wholly inside the graph container (read
// from window.explorer.labelBoxes) at laptop, phone and embed sizes; and no label cut at the
// border of the exported PNG, whose temporary renderer places labels anew for its own size.
import { PNG } from "pngjs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { open, useBrowser } from "./browser";

const base = inject("baseUrl");
const browserOf = useBrowser();

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

async function labelsOf(page: Page): Promise<{ boxes: Box[]; width: number; height: number }> {
  await page.waitForFunction(() => (window.explorer?.labelBoxes().length ?? 0) > 0);
  return page.evaluate(() => {
    const graph = document.getElementById("graph");
    return { boxes: window.explorer?.labelBoxes() ?? [], width: graph?.clientWidth ?? 0, height: graph?.clientHeight ?? 0 };
  });
}

function problems({ boxes, width, height }: { boxes: Box[]; width: number; height: number }): string[] {
  const found: string[] = [];
  for (const box of boxes)
    if (box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height) found.push(`${box.id} cut by the edge`);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        found.push(`${a.id} overlaps ${b.id}`);
    }
  return found;
}

describe("node labels", () => {
  it.each([
    ["", 1366, 768],
    ["", 1280, 800],
    ["", 360, 740],
    ["?lang=ko", 1366, 768],
    ["?embed=1", 720, 900],
    ["?embed=1", 1200, 900],
    ["?embed=1", 360, 900],
  ])("%s at %ix%i: none overlaps another or the container's edge", async (query, width, height) => {
    const { page, errors } = await open(browserOf(), `${base}${query}`, { width, height });
    const labels = await labelsOf(page);
    // The busiest names are there: placement drops only what has no room.
    expect(labels.boxes.length).toBeGreaterThanOrEqual(width < 400 ? 4 : 10);
    expect(problems(labels)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the exported PNG's labels whole: nothing drawn on its border, in Korean too", async () => {
    const { page } = await open(browserOf(), `${base}?lang=ko`, { width: 1366, height: 768 });
    await labelsOf(page);
    const png = await page.evaluate(() => window.explorer!.exportPng({ size: "1200x675", scale: 1, frame: false, transparent: false }));
    const { width, height, data } = PNG.sync.read(Buffer.from(png.base64, "base64"));
    const ink = (x: number, y: number): boolean => {
      const i = (y * width + x) * 4;
      return (data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 3 * 160;
    };
    let border = 0;
    let inside = 0;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const edge = x < 2 || y < 2 || x >= width - 2 || y >= height - 2;
        if (!ink(x, y)) continue;
        if (edge) border++;
        else inside++;
      }
    expect(inside).toBeGreaterThan(1000);
    expect(border).toBe(0);
    await page.close();
  });
});
