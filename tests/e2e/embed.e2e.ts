// Embed mode inside a host article (tests/fixtures/host.html with public/embed.js): height messages
// in three forms, the iframe following resizes, the loader ignoring foreign or absurd messages, no
// sideways scroll at 320 px; render flags, start-up only once displayed, and the embed-code dialog.
import type { Frame, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { nextFrame, open, useBrowser } from "./browser";
import { loadLanguage, t } from "../../src/words/i18n";

const base = inject("baseUrl");
const browserOf = useBrowser();

/** Records every message the host window receives, from before the page's own scripts run. */
async function openHost(width: number, path = "fixtures/host.html"): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await browserOf().newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const received: unknown[] = [];
    Object.assign(window, { received });
    window.addEventListener("message", (event) => received.push(event.data));
  });
  await page.goto(`${base}${path}`);
  const handle = await page.waitForSelector("iframe[data-explorer-embed]");
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("no embed frame");
  await frame.waitForSelector('#app[data-state="ready"]', { timeout: 30_000 });
  return { page, frame, errors };
}

const iframeHeight = (page: Page): Promise<number> =>
  page.$eval("iframe[data-explorer-embed]", (frame) => Math.round(frame.getBoundingClientRect().height));
const contentHeight = (frame: Frame): Promise<number> => frame.$eval("#app", (app) => Math.ceil(app.getBoundingClientRect().height));

/** Waits until the host has sized the iframe to the embed's content. */
async function settled(page: Page, frame: Frame): Promise<number> {
  await page.waitForFunction(() => {
    const iframe = document.querySelector<HTMLIFrameElement>("iframe[data-explorer-embed]");
    const app = iframe?.contentDocument?.getElementById("app");
    return iframe && app && Math.abs(iframe.getBoundingClientRect().height - Math.ceil(app.getBoundingClientRect().height)) <= 1;
  });
  return contentHeight(frame);
}

describe("embed in a host page", () => {
  it("reports its height to the parent in pym, AMP and iframe.resize forms, and the iframe takes it", async () => {
    const { page, frame, errors } = await openHost(1000);
    const height = await settled(page, frame);
    expect(height).toBeGreaterThan(300);
    expect(await iframeHeight(page)).toBe(height);
    const received = await page.evaluate(() => (window as unknown as { received: unknown[] }).received);
    const text = received.filter((message): message is string => typeof message === "string");
    expect(text).toContain(`pymxPYMxexplorerxPYMxheightxPYMx${height}`);
    expect(received).toContainEqual({ sentinel: "amp", type: "embed-size", height });
    expect(
      text.map((message) => (message.startsWith("{") ? (JSON.parse(message) as { context?: string; height?: number }) : null)),
    ).toContainEqual(expect.objectContaining({ context: "iframe.resize", height }));
    // It never scrolls inside itself: its document is no taller than the iframe.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(height + 1);
    expect(await frame.$$("input[type=file]")).toHaveLength(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("follows a change of the host's width with a new height", async () => {
    const { page, frame } = await openHost(1000);
    const wide = await settled(page, frame);
    await page.setViewportSize({ width: 380, height: 900 });
    await page.waitForFunction((before) => Math.round(document.querySelector("iframe")!.getBoundingClientRect().height) !== before, wide);
    const narrow = await settled(page, frame);
    expect(narrow).not.toBe(wide);
    expect(await iframeHeight(page)).toBe(narrow);
    expect(await frame.$eval("#graph", (graph) => graph.getBoundingClientRect().height)).toBeGreaterThanOrEqual(250);
    await page.close();
  });

  it("has no horizontal scrollbar at phone width (320 px), and fits its content", async () => {
    const { page, frame } = await openHost(352);
    await settled(page, frame);
    const [scrollWidth, clientWidth] = await frame.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(clientWidth).toBeLessThanOrEqual(320);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // The graph keeps a real picture's height on a phone.
    expect(await frame.$eval("#graph", (graph) => graph.getBoundingClientRect().height)).toBeGreaterThanOrEqual(250);
    // Every visible control is at least 24 px in both directions (touch).
    const small = await frame.$$eval("button, a, input, select", (elements) =>
      elements
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0 && (box.width < 24 || box.height < 24))
        .map(({ element }) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent ?? ""}`),
    );
    expect(small).toEqual([]);
    await page.close();
  });

  it("lets the loader take only a finite, sane height from its own iframe", async () => {
    const { page, frame } = await openHost(1000);
    const height = await settled(page, frame);
    // Every height the iframe takes from here on is recorded, so a bad message that applied for a moment is seen.
    await page.evaluate(() => {
      const iframe = document.querySelector("iframe");
      const taken: number[] = [];
      (window as unknown as { taken: number[] }).taken = taken;
      if (iframe)
        new MutationObserver(() => taken.push(Math.round(iframe.getBoundingClientRect().height))).observe(iframe, { attributes: true });
    });
    // From the host window itself (not the iframe): ignored.
    await page.evaluate(() => window.postMessage("pymxPYMxexplorerxPYMxheightxPYMx777", "*"));
    // From the iframe, but absurd or not a number: ignored.
    await frame.evaluate(() => {
      parent.postMessage({ sentinel: "amp", type: "embed-size", height: 1e9 }, "*");
      parent.postMessage("pymxPYMxexplorerxPYMxheightxPYMxInfinity", "*");
      parent.postMessage(JSON.stringify({ context: "iframe.resize", height: "<b>900</b>" }), "*");
      parent.postMessage({ sentinel: "amp", type: "embed-size", height: -5 }, "*");
    });
    // A sane one from the iframe, sent after them, is applied: once it is, the others were read and left alone.
    const sane = height === 640 ? 680 : 640;
    await frame.evaluate((value) => parent.postMessage({ sentinel: "amp", type: "embed-size", height: value }, "*"), sane);
    await page.waitForFunction((value) => Math.round(document.querySelector("iframe")!.getBoundingClientRect().height) === value, sane);
    const taken = await page.evaluate(() => (window as unknown as { taken: number[] }).taken);
    expect(taken).toContain(sane);
    expect(taken.every((value) => value === sane)).toBe(true);
    await page.close();
  });
});

describe("embed page on its own", () => {
  it("shows title, graph, legend and credit with a link to the full explorer, and no file loading", async () => {
    const { page, errors } = await open(browserOf(), `${base}?embed=1&forms=cloud-credits,cash`, { width: 600, height: 800 });
    expect(await page.$$("input[type=file]")).toHaveLength(0);
    expect(await page.locator("#title").isVisible()).toBe(true);
    expect(await page.locator("#legend").isVisible()).toBe(true);
    expect(await page.locator("#credit").textContent()).not.toBe("");
    const link = page.locator(".embed-full-link");
    const href = new URL((await link.getAttribute("href")) ?? "");
    expect(href.searchParams.get("embed")).toBeNull();
    expect(href.searchParams.get("forms")).toBe("cloud-credits,cash");
    expect(await link.getAttribute("rel")).toContain("noopener");
    // A story embed opens with its filter bar folded (the graph stays above the fold); it unfolds and folds back.
    const toggle = page.locator(".embed-filter-toggle");
    expect(await page.locator("#filters").isVisible()).toBe(false);
    await toggle.click();
    await page.locator("#filters .filter--years").waitFor();
    expect(await page.locator("#filters").isVisible()).toBe(true);
    await toggle.click();
    expect(await page.locator("#filters").isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("gets the graph's keyboard after it is ready, and a key pressed before that code arrives still acts", async () => {
    const page = await browserOf().newPage({ viewport: { width: 720, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // The widget's chunk is held back until the reader has pressed Enter on the graph.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/graphKeyboard-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${base}?embed=1`);
    await page.waitForSelector('#app[data-state="ready"]', { timeout: 30_000 });
    expect(await page.$("#graph-live")).toBeNull();
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== "graph"; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("graph");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => window.explorer?.store.getState().focus ?? null)).toBeNull();
    release();
    // Enter, replayed to the widget once it is mounted, opens the details of the node the ring is on.
    await page.waitForFunction(() => window.explorer?.store.getState().focus != null);
    const focus = await page.evaluate(() => window.explorer?.store.getState().focus ?? "");
    expect(focus).not.toBe("");
    expect(await page.locator("#graph-live").textContent()).not.toBe("");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("names the graph's role in the reader's language before its keyboard code arrives", async () => {
    await loadLanguage("ko");
    expect(t("ko", "graph.roledescription")).not.toBe(t("en", "graph.roledescription"));
    const page = await browserOf().newPage({ viewport: { width: 720, height: 900 } });
    // The widget's chunk never arrives in this test: the words must come with the first chunk.
    await page.route(/\/graphKeyboard-[^/]*\.js$/, (route) => route.abort());
    await page.goto(`${base}?embed=1&lang=ko`);
    await page.waitForSelector('#app[data-state="ready"]', { timeout: 30_000 });
    expect(await page.getAttribute("#graph", "aria-roledescription")).toBe(t("ko", "graph.roledescription"));
    expect(await page.getAttribute("#graph", "aria-label")).toBe(t("ko", "graph.label"));
    await page.close();
  });
});

describe("render flags and start-up", () => {
  const flagged = async (query: string, viewport = { width: 700, height: 800 }) =>
    open(browserOf(), `${base}?embed=1&data=fixtures/sample.json&${query}`, viewport);

  it("dark=true and dark=false force the theme whatever the reader's setting", async () => {
    const { page } = await flagged("dark=true");
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe("rgb(255, 255, 255)");
    await page.close();
    const light = await browserOf().newPage({ colorScheme: "dark" });
    await light.goto(`${base}?embed=1&data=fixtures/sample.json&dark=false`);
    await light.waitForSelector('#app[data-state="ready"]');
    expect(await light.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
    await light.close();
  });

  it("plain hides header and footer; transparent drops the page background", async () => {
    const { page } = await flagged("plain&transparent");
    expect(await page.locator(".topbar").isVisible()).toBe(false);
    expect(await page.locator(".footer").isVisible()).toBe(false);
    expect(await page.locator("#graph").isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
    await page.close();
  });

  it("static leaves a picture: no filter bar, nothing to press, clicks select nothing", async () => {
    const { page } = await flagged("static");
    expect(await page.locator(".embed-filter-toggle").count()).toBe(0);
    expect(await page.locator("#filters").isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.getElementById("legend") as HTMLElement).inert)).toBe(true);
    const box = await page.locator("#graph").boundingBox();
    const position = await page.evaluate(() => window.explorer?.nodePosition("alibaba") ?? null);
    if (!box || !position) throw new Error("graph not drawn");
    await page.mouse.click(box.x + position.x, box.y + position.y);
    // sigma handles the click in its pointer events; two frames later any selection would be in the store.
    await nextFrame(page);
    expect(await page.evaluate(() => window.explorer?.store.getState().focus)).toBeNull();
    await page.close();
  });

  it("starts only once displayed: a hidden embed loads no data until it is shown", async () => {
    const page = await browserOf().newPage({ viewport: { width: 900, height: 800 } });
    const requested: Array<{ frame: Frame; path: string }> = [];
    page.on("request", (request) => requested.push({ frame: request.frame(), path: new URL(request.url()).pathname }));
    await page.goto(`${base}fixtures/host-hidden.html`);
    const frameOf = async (id: string) => {
      const frame = await (await page.waitForSelector(`iframe#${id}`, { state: "attached" })).contentFrame();
      if (!frame) throw new Error(`no embed frame #${id}`);
      return frame;
    };
    const [hidden, shown] = [await frameOf("hidden"), await frameOf("shown")];
    const dataRequests = () =>
      requested
        .filter(({ path }) => path.endsWith("/sample.json"))
        .map(({ frame }) => (frame === hidden ? "hidden" : frame === shown ? "shown" : "other"));
    // The folded embed has reached its gate; the displayed one, on the same page and data, got through
    // it, fetched and drew: had the folded one's gate let it through, it would have fetched by now too.
    await hidden.waitForSelector('#app[data-display="waiting"]', { state: "attached" });
    await shown.waitForSelector('#app[data-state="ready"]', { state: "attached" });
    expect(await shown.getAttribute("#app", "data-display")).toBe("shown");
    expect(await hidden.getAttribute("#app", "data-display")).toBe("waiting");
    expect(await hidden.getAttribute("#app", "data-state")).toBe("loading");
    expect(dataRequests()).toEqual(["shown"]);
    await page.evaluate(() => void (document.getElementById("slot")!.hidden = false));
    await hidden.waitForSelector('#app[data-state="ready"]', { state: "attached" });
    expect(await hidden.getAttribute("#app", "data-display")).toBe("shown");
    expect(dataRequests().sort()).toEqual(["hidden", "shown"]);
    await page.close();
  });
});

describe("embed-code dialog in the full app", () => {
  it("gives code for the current view and previews it at phone and desktop widths, each sized to its content", async () => {
    const { page, errors } = await open(browserOf(), `${base}?data=fixtures/sample.json&from=2019&forms=cash`, {
      width: 1280,
      height: 1000,
    });
    await page.click('[data-action="embed-code"]');
    const code = page.locator(".embed-dialog__code");
    const snippet = await code.inputValue();
    const src = new URL(/src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, "&") ?? "");
    expect(src.searchParams.get("embed")).toBe("1");
    expect(src.searchParams.get("forms")).toBe("cash");
    expect(src.searchParams.get("from")).toBe("2019");
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toMatch(/title="Interactive network: [^"]+"/);
    expect(snippet).toContain("<noscript><img");
    expect(snippet).toContain("embed.js");
    await page.locator('.embed-dialog input[name="static"]').check();
    expect(await code.inputValue()).toContain("static=true");
    await page.locator('.embed-dialog input[value="amp"]').check();
    expect(await code.inputValue()).toMatch(/^<amp-iframe /);

    await page.click('[data-action="embed-preview"]');
    const frames = page.locator(".embed-dialog__preview iframe");
    expect(await frames.count()).toBe(2);
    expect(await frames.evaluateAll((list) => list.map((frame) => Math.round(frame.getBoundingClientRect().width)))).toEqual([360, 720]);
    // Both previews report a height and get it (the phone one is taller: filters and legend wrap).
    await page.waitForFunction(() => {
      const list = [...document.querySelectorAll<HTMLIFrameElement>(".embed-dialog__preview iframe")];
      return list.every((frame) => {
        const app = frame.contentDocument?.querySelector('#app[data-state="ready"]');
        return app && Math.abs(frame.clientHeight - Math.ceil(app.getBoundingClientRect().height)) <= 1;
      });
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});
