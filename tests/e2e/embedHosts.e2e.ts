// The embed in host columns 320-1200 px wide under four loaders: the real pym.js Parent (as NPR
// documents it), our public/embed.js, and Datawrapper- and Flourish-style receivers that match the
// iframe exactly by id or src. The iframe must end as tall as the embed's document (legend and
// footer inside it) and keep following after a click that rewrites the embed's URL.
import type { Frame, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./browser";

const base = inject("baseUrl");
const browserOf = useBrowser();

const WIDTHS = [320, 600, 900, 1200] as const;
const LOADERS = ["pym", "embedjs", "datawrapper", "flourish"] as const;

async function openColumn(loader: string, width: number): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await browserOf().newPage({ viewport: { width: width + 40, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${base}fixtures/host-column.html?loader=${loader}&width=${width}`);
  const handle = await page.waitForSelector("#container iframe");
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("no embed frame");
  await frame.waitForSelector('#app[data-state="ready"]', { timeout: 30_000 });
  return { page, frame, errors };
}

/** Waits until the iframe is exactly as tall as the embed's content, then returns that height. */
async function fitted(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => {
    const iframe = document.querySelector<HTMLIFrameElement>("#container iframe");
    const app = iframe?.contentDocument?.getElementById("app");
    if (!iframe || !app) return false;
    const content = Math.ceil(app.getBoundingClientRect().height);
    return Math.abs(iframe.getBoundingClientRect().height - content) <= 1 ? content : false;
  });
  return (await handle.jsonValue()) as number;
}

/** Bottom edges of the legend and footer, and the iframe's own height, in the embed's viewport. */
function insideFrame(frame: Frame): Promise<{ legend: number; footer: number; viewport: number; scrollHeight: number }> {
  return frame.evaluate(() => ({
    legend: document.getElementById("legend")?.getBoundingClientRect().bottom ?? Infinity,
    footer: document.querySelector(".footer")?.getBoundingClientRect().bottom ?? Infinity,
    viewport: window.innerHeight,
    scrollHeight: document.documentElement.scrollHeight,
  }));
}

describe.each(LOADERS)("embed under the %s loader", (loader) => {
  it.each(WIDTHS)("fits a %i px column and keeps fitting after a click rewrites its URL", async (width) => {
    const { page, frame, errors } = await openColumn(loader, width);
    const height = await fitted(page);
    expect(height).toBeGreaterThan(300);
    const first = await insideFrame(frame);
    expect(first.legend).toBeLessThanOrEqual(first.viewport + 1);
    expect(first.footer).toBeLessThanOrEqual(first.viewport + 1);
    expect(first.scrollHeight).toBeLessThanOrEqual(first.viewport + 1);

    // A form key in the legend filters the view; the app rewrites its URL (replaceState).
    const legendToggle = frame.locator(".legend__toggle");
    if ((await legendToggle.getAttribute("aria-expanded")) === "false") await legendToggle.click();
    await frame.locator(".legend__form").first().click();
    await frame.waitForFunction(() => new URLSearchParams(location.search).has("forms"));
    // Then the embed changes height (the legend folds or unfolds): the host must still follow.
    const before = await fitted(page);
    await legendToggle.click();
    await page.waitForFunction((previous) => {
      const app = document.querySelector<HTMLIFrameElement>("#container iframe")?.contentDocument?.getElementById("app");
      return app && Math.ceil(app.getBoundingClientRect().height) !== previous;
    }, before);
    const after = await fitted(page);
    expect(after).not.toBe(before);
    const second = await insideFrame(frame);
    expect(second.footer).toBeLessThanOrEqual(second.viewport + 1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("gestures over an embedded graph", () => {
  it("lets a wheel scroll the article until the reader engages the graph; ctrl + wheel zooms at once", async () => {
    const { page, frame } = await openColumn("embedjs", 600);
    await fitted(page);
    const iframe = (await page.$("#container iframe"))!;
    await iframe.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    const outer = (await iframe.boundingBox())!;
    const inner = await frame.$eval("#graph", (graph) => {
      const box = graph.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height * 0.15 };
    });
    await page.mouse.move(outer.x + inner.x, outer.y + inner.y);
    const ratio = (): Promise<number> => frame.evaluate(() => window.explorer?.cameraRatio() ?? NaN);
    const start = await ratio();

    // A plain wheel moves the article, not the map, and says how to zoom.
    await page.mouse.wheel(0, 240);
    await page.waitForFunction((before) => window.scrollY > before, scrolled);
    await frame.waitForSelector(".gesture-hint:not([hidden])");
    expect(await frame.textContent(".gesture-hint")).toContain("ctrl");
    expect(await ratio()).toBe(start);

    // ctrl + wheel zooms straight away.
    const box = (await iframe.boundingBox())!;
    await page.mouse.move(box.x + inner.x, box.y + inner.y);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -240);
    await page.keyboard.up("Control");
    await frame.waitForFunction((before) => (window.explorer?.cameraRatio() ?? before) !== before, start);
    const zoomed = await ratio();

    // A click engages the graph: then a plain wheel zooms and the article stays put.
    await page.mouse.click(box.x + inner.x, box.y + inner.y);
    const pinned = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, -240);
    await frame.waitForFunction((before) => (window.explorer?.cameraRatio() ?? before) !== before, zoomed);
    expect(await page.evaluate(() => window.scrollY)).toBe(pinned);
    await page.close();
  });
});
