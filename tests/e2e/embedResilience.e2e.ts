// Embeds under stress: no WebGL or a lost context (picture and table, no uncaught error), the
// README's Content-Security-Policy applied to every response, touch, and reduced motion.
import { readFileSync } from "node:fs";
import { chromium, type Frame, type Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { CHROMIUM, open, readStatus, useBrowser, waitForStatusChange } from "./browser";

const base = inject("baseUrl");
const browserOf = useBrowser();

/** Waits until the host has sized the iframe to the embed's content. */
async function settled(page: Page, frame: Frame): Promise<number> {
  await page.waitForFunction(() => {
    const iframe = document.querySelector<HTMLIFrameElement>("iframe[data-explorer-embed]");
    const app = iframe?.contentDocument?.getElementById("app");
    return iframe && app && Math.abs(iframe.getBoundingClientRect().height - Math.ceil(app.getBoundingClientRect().height)) <= 1;
  });
  return frame.$eval("#app", (app) => Math.ceil(app.getBoundingClientRect().height));
}

describe("without WebGL", () => {
  it("shows the notice, the given picture and the table, with no uncaught error", async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-3d-apis", "--disable-gpu"] });
    try {
      const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${base}?embed=1&data=fixtures/sample.json&picture=${encodeURIComponent(`${base}fixtures/fallback.png`)}`);
      await page.waitForSelector('#app[data-state="ready"], #app[data-state="error"]');
      expect(await page.evaluate(() => window.explorer?.store.getState().renderer)).toBe("failed");
      expect(await page.locator(".fallback__message").isVisible()).toBe(true);
      expect(await page.locator(".fallback__picture").getAttribute("src")).toBe(`${base}fixtures/fallback.png`);
      expect(await page.locator("#table").isVisible()).toBe(true);
      expect(await page.locator("#table tbody tr").count()).toBeGreaterThan(0);
      expect(await page.locator("#graph").isVisible()).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("in the full app too: ready, with the table and the file picker (nothing waits for a graph frame that never comes)", async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-3d-apis", "--disable-gpu"] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${base}?data=fixtures/sample.json`);
      await page.waitForSelector('#app[data-state="ready"]', { timeout: 30_000 });
      expect(await page.evaluate(() => window.explorer?.store.getState().renderer)).toBe("failed");
      await page.locator("#table tbody tr").first().waitFor();
      expect(await page.locator('input[type="file"]').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("hands over to the table when the WebGL context is lost, and ignores a javascript: picture", async () => {
    const { page, errors } = await open(browserOf(), `${base}?embed=1&data=fixtures/sample.json&picture=javascript:alert(1)`);
    expect(await page.locator("#fallback").isVisible()).toBe(false);
    await page.evaluate(() => {
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>("#graph canvas")) {
        const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
        gl?.getExtension("WEBGL_lose_context")?.loseContext();
      }
    });
    await page.locator(".fallback__message").waitFor();
    // The table is its own chunk (loaded on first need): it must come, with its rows, after the message.
    await page.locator("#table").waitFor({ state: "visible" });
    await page.locator("#table tbody tr").first().waitFor();
    expect(await page.locator(".fallback__picture").count()).toBe(0);
    // Filtering still works on the table without a renderer: a form key hides its deals from the table.
    const rows = await page.locator("#table tbody tr").count();
    const before = await readStatus(page);
    await page.locator("[data-legend-form]").first().click();
    const after = await waitForStatusChange(page, before);
    expect(after.visibleDeals).toBeLessThan(before.visibleDeals);
    await page.waitForFunction((count) => document.querySelectorAll("#table tbody tr").length !== count, rows);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("Content-Security-Policy from the README", () => {
  const readme = readFileSync("README.md", "utf8");
  const csp = /^Content-Security-Policy: (.+)$/m.exec(readme.slice(readme.indexOf("## Embedding")))?.[1] ?? "";

  /** Serves the app's responses with the documented header (host pages have their own), and records violations. */
  async function withCsp(page: Page): Promise<void> {
    await page.route("**/*", async (route) => {
      const response = await route.fetch();
      if (new URL(route.request().url()).pathname.startsWith("/fixtures/host")) return route.fulfill({ response });
      await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": csp } });
    });
    await page.addInitScript(() => {
      const violations: string[] = [];
      Object.assign(window, { violations });
      document.addEventListener("securitypolicyviolation", (event) =>
        violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`),
      );
    });
  }
  // Every violation counts: zod runs jitless (src/io/schema.ts), so not even its eval probe is refused.
  const violations = async (target: Page | Frame): Promise<string[]> =>
    target.evaluate(() => (window as unknown as { violations: string[] }).violations);

  it("is documented, with frame-ancestors and worker-src", () => {
    expect(csp).toContain("frame-ancestors");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("lets the full app lay out in its worker, export a PNG and preview an embed, with no violation", async () => {
    const page = await browserOf().newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await withCsp(page);
    await page.goto(`${base}?data=fixtures/unbaked.json`);
    await page.waitForSelector('#app[data-state="ready"]');
    await page.waitForFunction(() => {
      const layout = window.explorer?.store.getState().layout;
      return layout && !layout.running && layout.progress === 1;
    });
    const png = await page.evaluate(() => window.explorer!.exportPng({ size: "1200x630", scale: 1, frame: true, transparent: false }));
    expect([png.width, png.height]).toEqual([1200, 630]);
    await page.click('[data-action="embed-code"]');
    await page.click('[data-action="embed-preview"]');
    const frame = await (await page.waitForSelector(".embed-dialog__preview iframe")).contentFrame();
    await frame?.waitForSelector('#app[data-state="ready"]');
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lets the embed run and size itself in a host page", async () => {
    const page = await browserOf().newPage({ viewport: { width: 900, height: 900 } });
    await withCsp(page);
    await page.goto(`${base}fixtures/host.html`);
    const frame = await (await page.waitForSelector("iframe[data-explorer-embed]")).contentFrame();
    if (!frame) throw new Error("no embed frame");
    await frame.waitForSelector('#app[data-state="ready"]');
    await settled(page, frame);
    expect(await violations(frame)).toEqual([]);
    await page.close();
  });
});

describe("touch and motion in the embed", () => {
  /** Distinct on-screen positions of a node, sampled every frame for `ms` after a wheel zoom. */
  async function zoomSteps(page: Page): Promise<number> {
    const box = await page.locator("#graph").boundingBox();
    if (!box) throw new Error("no graph box");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const sampling = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const seen = new Set<string>();
          const started = performance.now();
          const sample = (): void => {
            const position = window.explorer?.nodePosition("alibaba");
            if (position) seen.add(`${position.x.toFixed(1)},${position.y.toFixed(1)}`);
            if (performance.now() - started < 700) requestAnimationFrame(sample);
            else resolve(seen.size);
          };
          sample();
        }),
    );
    // ctrl + wheel: a plain wheel scrolls the article until the reader engages the graph.
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -300);
    await page.keyboard.up("Control");
    return sampling;
  }

  it("honours prefers-reduced-motion: a wheel zoom jumps instead of gliding", async () => {
    const moving = await browserOf().newPage({ viewport: { width: 700, height: 800 } });
    await moving.goto(`${base}?embed=1&data=fixtures/sample.json`);
    await moving.waitForSelector('#app[data-state="ready"]');
    const still = await browserOf().newPage({ viewport: { width: 700, height: 800 }, reducedMotion: "reduce" });
    await still.goto(`${base}?embed=1&data=fixtures/sample.json`);
    await still.waitForSelector('#app[data-state="ready"]');
    expect(await zoomSteps(moving)).toBeGreaterThan(3);
    expect(await zoomSteps(still)).toBeLessThanOrEqual(2);
    await moving.close();
    await still.close();
  });

  it("opens a company's details with a tap on a phone", async () => {
    const page = await browserOf().newPage({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await page.goto(`${base}?embed=1&data=fixtures/sample.json`);
    await page.waitForSelector('#app[data-state="ready"]');
    const box = await page.locator("#graph").boundingBox();
    const position = await page.evaluate(() => window.explorer?.nodePosition("moonshot") ?? null);
    if (!box || !position) throw new Error("graph not drawn");
    await page.touchscreen.tap(box.x + position.x, box.y + position.y);
    await page.locator("#selection").waitFor({ state: "visible" });
    expect(await page.evaluate(() => window.explorer?.store.getState().focus)).toBe("moonshot");
    await page.close();
  });
});
