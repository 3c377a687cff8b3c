// The layout as a person meets it: a real-shaped network without positions settles by itself
// (#app[data-layout]), reads well by the measures, and Stop, Re-run and Continue work.
import { describe, expect, inject, it } from "vitest";
import { realShapedNetwork } from "../../scripts/bench/realShaped";
import { createLayoutRun } from "../../src/layout/engine";
import { layoutQuality } from "../../src/layout/quality";
import { open, useBrowser } from "./browser";

const base = inject("baseUrl");
const browserOf = useBrowser();
const DEALS = 3_000;

type Page = Awaited<ReturnType<typeof open>>["page"];
const settled = (page: Page): Promise<unknown> =>
  page.waitForFunction(() => document.querySelector("#app")?.getAttribute("data-layout") === "settled", undefined, { timeout: 120_000 });
const picture = async (page: Page): Promise<{ positions: Float32Array; links: number[]; count: number }> => {
  const positions = await page.evaluate(() => window.explorer?.positions() ?? []);
  const edges = await page.evaluate(() => window.explorer?.edges() ?? []);
  return { positions: Float32Array.from(positions.flat()), links: edges.flat(), count: positions.length };
};

describe("layout of a real-shaped network", () => {
  it("settles by itself, as the engine does in Node, and reads well: neighbours near, links short", async () => {
    const { page, errors } = await open(browserOf(), `${base}?data=generated/real-${DEALS}.json`);
    await settled(page);
    const { positions, links, count } = await picture(page);
    const network = realShapedNetwork(DEALS);
    expect(count).toBe(network.investors + network.startups);
    expect(links.length).toBe(network.pairs.length);
    const quality = layoutQuality(positions, count, links);
    expect(quality.neighbourhood).toBeGreaterThanOrEqual(0.2);
    expect(quality.lengthRatio).toBeLessThanOrEqual(0.2);
    // The same engine on the same links in Node reads as well (not bit for bit: Node 20's V8 and
    // Chromium's differ in the last bits of Math.sin / cos / log, and a force layout amplifies that).
    const run = createLayoutRun({ count, links });
    while (run.step());
    const inNode = layoutQuality(run.positions(), count, links);
    expect(Math.abs(inNode.neighbourhood - quality.neighbourhood)).toBeLessThan(0.05);
    expect(Math.abs(inNode.lengthRatio - quality.lengthRatio)).toBeLessThan(0.05);
    await expect(page.locator('[data-action="rerun-layout"]').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it("stops at once when Stop is pressed, then continues, and a re-run gives the first picture again", async () => {
    const { page, errors } = await open(browserOf(), `${base}?data=generated/real-${DEALS}.json`);
    await settled(page);
    const first = await picture(page);
    // Re-run, then Stop in the same task: the layout must already be over when the click returns.
    const [during, after, progress] = await page.evaluate(() => {
      const root = document.querySelector("#app");
      document.querySelector<HTMLButtonElement>('[data-action="rerun-layout"]')?.click();
      const running = root?.getAttribute("data-layout");
      document.querySelector<HTMLButtonElement>('[data-action="stop-layout"]')?.click();
      return [running, root?.getAttribute("data-layout"), window.explorer?.store.getState().layout.progress ?? 1];
    });
    expect(during).toBe("running");
    expect(after).toBe("settled");
    expect(progress).toBeLessThan(1);
    expect(await page.locator('[data-action="stop-layout"]').isVisible()).toBe(false);

    // Continue from where it stopped: runs to the end and still reads well.
    await page.locator('[data-action="continue-layout"]').click();
    await page.waitForFunction(
      () => window.explorer?.store.getState().layout.progress === 1 && !window.explorer.store.getState().layout.running,
      undefined,
      { timeout: 120_000 },
    );
    const continued = await picture(page);
    const quality = layoutQuality(continued.positions, continued.count, continued.links);
    expect(quality.neighbourhood).toBeGreaterThanOrEqual(0.2);
    expect(quality.lengthRatio).toBeLessThanOrEqual(0.2);

    // Re-run to the end: from scratch, seeded, so the first picture again.
    await page.locator('[data-action="rerun-layout"]').click();
    await page.waitForFunction(() => document.querySelector("#app")?.getAttribute("data-layout") === "running");
    await settled(page);
    expect(await picture(page)).toEqual(first);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
