// The key views look as they did: each screenshot is compared with its committed baseline within a
// tolerance (tests/e2e/baselines.ts), and the comparison is shown to catch a missing legend and a label
// moved by a few pixels. After a deliberate change of the picture: `npm run baselines` (then look at them).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { describe, expect, inject, it } from "vitest";
import { BASELINES, compareImages, matchBaseline, MAX_CHANGED_SHARE, stableScreenshot, writeArtifacts } from "./baselines";
import { open, useBrowser } from "./browser";

const base = inject("baseUrl");
const browserOf = useBrowser();

const VIEWS = [
  { name: "full-app-1366", query: "", viewport: { width: 1366, height: 768 } },
  { name: "embed-360", query: "?embed=1", viewport: { width: 360, height: 640 } },
  { name: "story-step-720", query: "?embed=1&step=2", viewport: { width: 720, height: 1100 } },
  { name: "filtered-1366", query: "?from=2023&forms=cloud-credits", viewport: { width: 1366, height: 768 } },
] as const;

async function openView(query: string, viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const opened = await open(browserOf(), `${base}${query}`, viewport);
  expect(await opened.page.getAttribute("#app", "data-state")).toBe("ready");
  await opened.page.waitForSelector('#app:not([data-layout="running"])', { state: "attached" });
  return opened;
}

describe("the key views match their baselines", () => {
  it.each(VIEWS)("$name", async ({ name, query, viewport }) => {
    const { page, errors } = await openView(query, viewport);
    const verdict = matchBaseline(name, await stableScreenshot(page));
    if (!verdict.updated) expect(verdict.pass, verdict.message).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the tolerance still sees what matters", () => {
  const baseline = (name: string) => PNG.sync.read(readFileSync(join(BASELINES, `${name}.png`)));

  it("fails the full app when the legend is gone", async () => {
    const { page } = await openView("", VIEWS[0].viewport);
    await page.addStyleTag({ content: "#legend { visibility: hidden !important; }" });
    const shot = await stableScreenshot(page);
    const comparison = compareImages(baseline("full-app-1366"), PNG.sync.read(shot));
    expect(comparison.share).toBeGreaterThan(MAX_CHANGED_SHARE);
    // What a failing view leaves behind: the picture taken, and the differences in red where the legend was.
    const [actual, diff] = writeArtifacts("perturbed-no-legend", shot, comparison);
    expect(readFileSync(actual ?? "").equals(shot)).toBe(true);
    const legend = await page.locator("#legend").boundingBox();
    if (!legend || !diff) throw new Error("no legend box or no diff picture");
    const redIn = (png: PNG, box: { x: number; y: number; width: number; height: number }): number => {
      let red = 0;
      for (let y = Math.round(box.y); y < box.y + box.height; y++)
        for (let x = Math.round(box.x); x < box.x + box.width; x++) {
          const i = (y * png.width + x) * 4;
          if (png.data[i] === 255 && png.data[i + 1] === 0 && png.data[i + 2] === 0) red++;
        }
      return red;
    };
    expect(redIn(PNG.sync.read(readFileSync(diff)), legend)).toBeGreaterThan(comparison.changed * 0.9);
    await page.close();
  });

  it("fails the full app when one node label moves 3 px", async () => {
    const { page } = await openView("", VIEWS[0].viewport);
    const shot = PNG.sync.read(await stableScreenshot(page));
    const graph = await page.locator("#graph").boundingBox();
    const boxes = await page.evaluate(() => window.explorer?.labelBoxes() ?? []);
    // The shortest label drawn: the smallest change a reader would notice.
    const label = [...boxes].sort((a, b) => a.width - b.width)[0];
    if (!graph || !label) throw new Error("no label drawn");
    const [x0, y0] = [Math.round(graph.x + label.x), Math.round(graph.y + label.y)];
    const [width, height] = [Math.ceil(label.width), Math.ceil(label.height)];
    const moved = new PNG({ width: shot.width, height: shot.height });
    shot.data.copy(moved.data);
    // The label's box drawn again 3 px to the right (what the pixels held at x - 3 lands at x).
    for (let y = y0; y < y0 + height; y++)
      for (let x = x0 + width + 2; x >= x0; x--) {
        const from = (y * shot.width + Math.max(x0, x - 3)) * 4;
        shot.data.copy(moved.data, (y * shot.width + x) * 4, from, from + 4);
      }
    const comparison = compareImages(baseline("full-app-1366"), moved);
    expect(comparison.changed, `label ${label.id}: ${width} x ${height} px`).toBeGreaterThan(MAX_CHANGED_SHARE * shot.width * shot.height);
    await page.close();
  });
});
