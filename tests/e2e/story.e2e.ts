// Story steps as a reader and a host page meet them: step= opens a caption and callouts next to their
// nodes, previous / next move the step and the URL, the host protocol round trip, bad steps and
// messages as notices, the step in the PNG export, and the scrollama example driving the embed.
import type { Frame, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { alertText, open, readStatus, useBrowser, waitForParam } from "./browser";
import { difference, inkIn } from "./pixels";

const base = inject("baseUrl");
const browserOf = useBrowser();
const STORY = "data=fixtures/story.json";

const captionStep = (page: Page | Frame): Promise<string> =>
  page.$eval("#story", (element) => ((element as HTMLElement).hidden ? "" : ((element as HTMLElement).dataset["step"] ?? "")));

/** The callout of a node, and the node, in CSS px of the graph container. */
async function calloutAndNode(page: Page, node: string) {
  await page.waitForFunction((id) => {
    const item = document.querySelector(`.story-callout[data-node="${id}"]`);
    return item && item.getBoundingClientRect().width > 0 && !item.classList.contains("is-offscreen") && window.explorer?.nodePosition(id);
  }, node);
  return page.evaluate((id) => {
    const graph = document.getElementById("graph")?.getBoundingClientRect();
    const box = document.querySelector(`.story-callout[data-node="${id}"]`)?.getBoundingClientRect();
    const position = window.explorer?.nodePosition(id);
    if (!graph || !box || !position) throw new Error("missing callout or node");
    return {
      box: { left: box.left - graph.left, top: box.top - graph.top, right: box.right - graph.left, bottom: box.bottom - graph.top },
      node: position,
      graph: { width: graph.width, height: graph.height },
    };
  }, node);
}

/** Distance from a point to a box (0 inside). */
const distance = (box: { left: number; top: number; right: number; bottom: number }, p: { x: number; y: number }): number =>
  Math.hypot(Math.max(box.left - p.x, 0, p.x - box.right), Math.max(box.top - p.y, 0, p.y - box.bottom));

describe("story steps in the page", () => {
  it("step=2 shows its caption, its view and its annotation next to its node", async () => {
    const { page, errors } = await open(browserOf(), `${base}?${STORY}&step=2`);
    expect(await captionStep(page)).toBe("2");
    expect(await page.textContent("#story")).toContain("Step 2 of 4");
    expect(await page.textContent("#story")).toContain("Paid in cloud credits");
    // The step's view (forms=cloud-credits) applies: the two credit deals only.
    expect((await readStatus(page)).visibleDeals).toBe(2);
    const { box, node, graph } = await calloutAndNode(page, "moonshot");
    expect(await page.textContent('.story-callout[data-node="moonshot"]')).toContain("$800M, over $300M as cloud credits");
    // Beside the node (its radius plus the gap), not on top of it, and inside the graph.
    expect(distance(box, node)).toBeGreaterThan(4);
    expect(distance(box, node)).toBeLessThan(60);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(graph.width);
    // Screen readers get the node's name with the text.
    expect(await page.textContent('.story-callout[data-node="moonshot"] .visually-hidden')).toContain("Moonshot AI");
    // The URL names the step by its id and writes its view out.
    const params = await waitForParam(page, "step", "credits");
    expect(params.get("forms")).toBe("cloud-credits");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("previous / next move through the steps, the URL follows, the language stays", async () => {
    const { page, errors } = await open(browserOf(), `${base}?${STORY}&step=1&lang=ko`);
    expect(await page.textContent(".story-caption__title")).toBe("두 거인");
    await page.click('[data-action="story-next"]');
    await page.waitForFunction(() => document.getElementById("story")?.dataset["step"] === "2");
    await waitForParam(page, "step", "credits");
    await page.click('[data-action="story-next"]');
    const params = await waitForParam(page, "step", "moonshot");
    expect(params.get("focus")).toBe("moonshot");
    expect(params.get("lang")).toBe("ko");
    expect(await page.textContent("#story")).toContain("4단계 중 3단계");
    await page.click('[data-action="story-previous"]');
    await waitForParam(page, "step", "credits");
    expect(await captionStep(page)).toBe("2");
    expect(new URL(page.url()).searchParams.get("focus")).toBeNull();
    // The camera frames the step: every node of the view is inside the graph.
    await page.waitForFunction(() => {
      const graph = document.getElementById("graph")?.getBoundingClientRect();
      const positions = ["alibaba", "moonshot", "minimax"].map((id) => window.explorer?.nodePosition(id));
      return graph && positions.every((p) => p && p.x > 0 && p.y > 0 && p.x < graph.width && p.y < graph.height);
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a bad step is a notice naming it; the rest of the story works", async () => {
    const { page, errors } = await open(browserOf(), `${base}?${STORY}&step=9`);
    const alerts = await alertText(page);
    expect(alerts).toContain('URL parameter "step": no step 9 (the story has steps 1-4)');
    expect(alerts).toContain('meta.story.steps[3].annotations[0].node: no node "ghost"');
    expect(alerts).toContain('meta.story.steps[3].view: parameter "focus": no node "nobody"');
    expect(await captionStep(page)).toBe("");
    expect(await page.$eval("#app", (app) => app.dataset["state"])).toBe("ready");
    // The step with problems still opens, with what was valid in it.
    await page.goto(`${base}?${STORY}&step=4`);
    await page.waitForSelector('#app[data-state="ready"]');
    expect(await captionStep(page)).toBe("4");
    await calloutAndNode(page, "zhipu");
    expect(await page.$$('.story-callout[data-node="ghost"]')).toHaveLength(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("host-page protocol", () => {
  it("round trip: ready with the step count, step messages in, step-changed out; bad messages are notices", async () => {
    const page = await browserOf().newPage({ viewport: { width: 800, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${base}fixtures/story-host.html`);
    const received = (): Promise<unknown[]> => page.evaluate(() => (window as unknown as { received: unknown[] }).received);
    await page.waitForFunction(() =>
      (window as unknown as { received: Array<{ type?: string }> }).received.some((m) => m.type === "explorer:ready"),
    );
    expect(await received()).toContainEqual({ type: "explorer:ready", steps: 4 });
    const frame = page.frames().find((candidate) => candidate.url().includes("embed=1"));
    if (!frame) throw new Error("no embed frame");

    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: "explorer:step", step: 3 }));
    await page.waitForFunction(() =>
      (window as unknown as { received: Array<{ type?: string }> }).received.some((m) => m.type === "explorer:step-changed"),
    );
    expect(await received()).toContainEqual({ type: "explorer:step-changed", step: 3, id: "moonshot" });
    expect(await captionStep(frame)).toBe("3");

    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: "explorer:step", step: { n: 1 } }));
    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: "explorer:step", step: "nope" }));
    await frame.waitForFunction(() => (document.querySelector('[role="alert"]')?.textContent ?? "").includes('no step "nope"'));
    const alerts = (await frame.textContent('[role="alert"]')) ?? "";
    expect(alerts).toContain(
      'host page: host message "explorer:step": "step" should be a step number (1, 2, ...) or a step id, not object; ignored',
    );
    expect(await captionStep(frame)).toBe("3");

    // The rest still works: a step by id, then a whole view (which leaves the story).
    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: "explorer:step", step: "giants" }));
    await page.waitForFunction(() => (window as unknown as { received: Array<{ step?: number }> }).received.some((m) => m.step === 1));
    expect(await received()).toContainEqual({ type: "explorer:step-changed", step: 1, id: "giants" });
    await page.evaluate(() =>
      (window as unknown as { send: (m: unknown) => void }).send({ type: "explorer:view", view: "from=2024&to=2024" }),
    );
    await frame.waitForFunction(() => document.getElementById("story")?.hidden === true);
    expect(await frame.$eval("#status", (status) => Number((status as HTMLElement).dataset["visibleDeals"]))).toBeLessThan(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says ready with steps: 0 for data without a story, and reports a step it cannot show", async () => {
    const page = await browserOf().newPage({ viewport: { width: 800, height: 800 } });
    await page.goto(`${base}fixtures/story-host.html?data=fixtures/sample.json`);
    await page.waitForFunction(() =>
      (window as unknown as { received: Array<{ type?: string }> }).received.some((m) => m.type === "explorer:ready"),
    );
    expect(await page.evaluate(() => (window as unknown as { received: unknown[] }).received)).toContainEqual({
      type: "explorer:ready",
      steps: 0,
    });
    const frame = page.frames().find((candidate) => candidate.url().includes("embed=1"));
    if (!frame) throw new Error("no embed frame");
    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: "explorer:step", step: 1 }));
    await frame.waitForFunction(() => (document.querySelector('[role="alert"]')?.textContent ?? "").includes("this data has no story"));
    expect(await captionStep(frame)).toBe("");
    await page.close();
  });
});

describe("a step in the PNG export", () => {
  const choice = { size: "1200x675", scale: 1, frame: true, transparent: false } as const;
  const exportAt = async (query: string): Promise<Buffer> => {
    const { page } = await open(browserOf(), `${base}?${STORY}&${query}`);
    await page.waitForFunction(() => document.querySelector(".story-callouts") !== null);
    const png = await page.evaluate((c) => window.explorer?.exportPng(c), choice);
    await page.close();
    if (!png) throw new Error("no export");
    return Buffer.from(png.base64, "base64");
  };

  it("differs from the same view without the step, with ink where the caption is", async () => {
    const withStep = await exportAt("step=2");
    const without = await exportAt("forms=cloud-credits");
    expect(difference(withStep, without)).toBeGreaterThan(0.01);
    // The caption sits under the title and filter lines (frame.ts: 20 px pad, 28 px title, 20 px filters, 6 px gap).
    const captionBand = { x: 20, y: 76, width: 300, height: 36 };
    expect(inkIn(withStep, captionBand)).toBeGreaterThan(0.03);
    expect(inkIn(withStep, captionBand)).toBeGreaterThan(inkIn(without, captionBand) * 2);
  });
});

describe("the scrollama example", () => {
  it("scrolling the article to its third paragraph shows step 3 in the embed", async () => {
    const page = await browserOf().newPage({ viewport: { width: 1200, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${base}examples/scrolly/`);
    await page.waitForSelector('body[data-steps="4"]', { timeout: 30_000 });
    await page.$eval('.step[data-step="3"]', (step) => step.scrollIntoView({ block: "center" }));
    await page.waitForSelector('body[data-explorer-step="3"]');
    const frame = page.frames().find((candidate) => candidate.url().includes("embed=1"));
    if (!frame) throw new Error("no embed frame");
    expect(await captionStep(frame)).toBe("3");
    expect(await frame.textContent(".story-caption__title")).toBe("The six little dragons");
    expect(errors).toEqual([]);
    await page.close();
  });
});
