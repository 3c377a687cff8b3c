// Pointer work on the graph: hover dims all but a node's neighbourhood, click selects and shows
// totals, focus= reproduces a selection, and a graph without positions is laid out in a worker.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { nextFrame, open, useBrowser, waitForParam } from "./browser";
import { difference, summarise } from "./pixels";

const base = inject("baseUrl");
const browserOf = useBrowser();

async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const position = await page.evaluate((nodeId) => window.explorer?.nodePosition(nodeId) ?? null, id);
  if (!position) throw new Error(`node ${id} is not drawn`);
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error("no graph box");
  return { x: box.x + position.x, y: box.y + position.y };
}

describe("graph interaction", () => {
  it("hovering a node highlights its neighbourhood and dims the rest", async () => {
    const { page } = await open(browserOf(), `${base}?data=fixtures/sample.json`);
    const graph = page.locator("#graph");
    const before = await graph.screenshot();
    const { x, y } = await nodePosition(page, "megvii");
    await page.mouse.move(x, y);
    await page.waitForFunction(() => window.explorer?.store.getState().hovered === "megvii");
    await nextFrame(page);
    const hovered = await graph.screenshot();
    expect(difference(before, hovered)).toBeGreaterThan(0.002);
    await page.close();
  });

  it("clicking a node selects it: name and totals shown, focus in the URL; clicking again clears", async () => {
    const { page } = await open(browserOf(), `${base}?data=fixtures/sample.json`);
    const { x, y } = await nodePosition(page, "moonshot");
    await page.mouse.click(x, y);
    const card = page.locator("#selection");
    await card.waitFor({ state: "visible" });
    expect(await card.locator("h2").textContent()).toBe("Moonshot AI");
    // Raised: d1 $800M + d2 undisclosed + d7 undisclosed, all three deals shown: the total says what it leaves out.
    expect(await card.textContent()).toContain("$800M disclosed · 2 of 3 deals undisclosed");
    await waitForParam(page, "focus", "moonshot");
    await page.getByRole("button", { name: "Close" }).click();
    await card.waitFor({ state: "hidden" });
    await waitForParam(page, "focus", null);
    await page.close();
  });

  it("focus= and lang= in the URL open the selection in that language", async () => {
    const { page } = await open(browserOf(), `${base}?data=fixtures/sample.json&focus=alibaba&lang=ko`);
    const card = page.locator("#selection");
    await card.waitFor({ state: "visible" });
    expect(await card.locator("h2").textContent()).toBe("알리바바");
    await page.close();
  });
});

describe("large graphs", () => {
  it("draw only the largest links within a budget, say so, draw more when zoomed in, and count all", async () => {
    const { page, errors } = await open(browserOf(), `${base}?data=generated/12000x30000.json`);
    const status = await page.$eval("#status", (element) => (element as HTMLElement).dataset["totalDeals"]);
    expect(status).toBe("30000");
    const density = page.locator('[data-density="thinned"]');
    await density.waitFor();
    const drawnAt = async (): Promise<number> =>
      Number(/Drawing the ([\d,]+)/.exec((await density.textContent()) ?? "")?.[1]?.replace(/,/g, ""));
    const before = await drawnAt();
    expect(before).toBeGreaterThan(11_000);
    expect(before).toBeLessThanOrEqual(12_500);
    const box = await page.locator("#graph").boundingBox();
    if (!box) throw new Error("no graph");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let k = 0; k < 6; k++) await page.mouse.wheel(0, -300);
    await page.waitForFunction((count) => {
      const text = document.querySelector('[data-density="thinned"]')?.textContent ?? "";
      return !text || Number(/Drawing the ([\d,]+)/.exec(text)?.[1]?.replace(/,/g, "")) > count;
    }, before);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("layout", () => {
  it("lays out a graph without positions in a worker, from a seeded start: the same data gives the same picture", async () => {
    const run = async (): Promise<Array<[number, number]>> => {
      const { page, errors } = await open(browserOf(), `${base}?data=fixtures/unbaked.json`);
      expect(await page.getAttribute("#app", "data-state")).toBe("ready");
      await page.waitForFunction(() => window.explorer?.store.getState().layout.progress === 1, undefined, { timeout: 30_000 });
      const positions = await page.evaluate(() => window.explorer?.positions() ?? []);
      expect(errors).toEqual([]);
      await page.close();
      return positions;
    };
    const first = await run();
    const second = await run();
    expect(first.length).toBe(7);
    expect(new Set(first.map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`)).size).toBe(7);
    expect(second).toEqual(first);
  });

  it("while the layout runs only nodes move (links and labels wait); afterwards links are drawn again", async () => {
    const { page, errors } = await open(browserOf(), `${base}?data=generated/3000x6000-unbaked.json`);
    const edgesLayer = (): Promise<string> => page.$eval("#graph canvas.sigma-edges", (canvas) => getComputedStyle(canvas).visibility);
    await page.locator('#app[data-layout="settled"]').waitFor({ state: "attached", timeout: 120_000 });
    const settledShot = await page.locator("#graph").screenshot();
    // Re-run and read the links layer in the same task: the run takes a second or two here, less
    // than a screenshot, so the moving picture is checked by its hidden layer, not by pixels.
    const during = await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('[data-action="rerun-layout"]')?.click();
      return [
        window.explorer?.store.getState().layout.running,
        getComputedStyle(document.querySelector("#graph canvas.sigma-edges") ?? document.body).visibility,
      ];
    });
    expect(during).toEqual([true, "hidden"]);
    await page.waitForFunction(
      () => window.explorer?.store.getState().layout.progress === 1 && !window.explorer.store.getState().layout.running,
      undefined,
      { timeout: 120_000 },
    );
    await page.waitForFunction(() => {
      const canvas = document.querySelector("#graph canvas.sigma-edges");
      return canvas !== null && getComputedStyle(canvas).visibility === "visible";
    });
    await nextFrame(page);
    expect(await edgesLayer()).toBe("visible");
    // Re-run from scratch is seeded: the same settled picture, links included.
    expect(difference(settledShot, await page.locator("#graph").screenshot())).toBeLessThan(0.002);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it("shows progress with a stop button that stops the layout", async () => {
    // The layout of 3,000 organisations may settle before a click arrives: re-run it and press Stop
    // in the same task, which also shows Stop is on screen while it runs.
    const { page } = await open(browserOf(), `${base}?data=generated/3000x6000-unbaked.json`);
    await page.locator('#app[data-layout="settled"]').waitFor({ state: "attached", timeout: 120_000 });
    const shown = await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('[data-action="rerun-layout"]')?.click();
      const stop = document.querySelector<HTMLButtonElement>('[data-action="stop-layout"]');
      const visible = Boolean(stop && !stop.hidden && !document.querySelector<HTMLElement>("#layout-progress")?.hidden);
      stop?.click();
      return visible;
    });
    expect(shown).toBe(true);
    await page.locator('[data-action="continue-layout"]').waitFor({ state: "visible" });
    const layout = await page.evaluate(() => window.explorer?.store.getState().layout);
    expect(layout?.running).toBe(false);
    expect(layout?.progress).toBeLessThan(1);
    await page.close();
  }, 180_000);
});

describe("PNG of the view", () => {
  it("is drawn by a temporary renderer: not blank, and different when the filters differ", async () => {
    const { page } = await open(browserOf(), `${base}?data=fixtures/sample.json`);
    const png = async (): Promise<Buffer> =>
      Buffer.from(
        await page.evaluate(async () => {
          const blob = await window.explorer?.graphPng();
          if (!blob) throw new Error("no image");
          return Array.from(new Uint8Array(await blob.arrayBuffer()));
        }),
      );
    const all = await png();
    const summary = summarise(all);
    expect(summary.inkShare).toBeGreaterThan(0.003);
    expect(summary.colours).toBeGreaterThan(4);
    await page.getByLabel(/Cash/).uncheck();
    await page.waitForFunction(() => document.getElementById("status")?.dataset["visibleDeals"] !== "10");
    expect(difference(all, await png())).toBeGreaterThan(0.001);
    await page.close();
  });
});
