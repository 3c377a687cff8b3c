// What the benchmark measures inside a page, the app's or raw sigma's: first frame, filter, hover and
// zoom to frame, PNG export, heap; and the app's layout from scratch (long tasks while it runs).
import type { Browser, Page } from "playwright-core";

export const FILTERS = ["year", "amount", "form"] as const;

export interface Sample {
  /** Navigation -> the first frame with the data painted (the app: "explorer:first-frame"; raw: alike). */
  firstFrame: number;
  /** Navigation -> the first frame's script returned, before the browser paints it (sigma's first render). */
  firstRender: number;
  /** The app only: navigation -> ready (every panel drawn; "explorer:ready"). */
  ready: number;
  exportPng: number;
  filters: Record<(typeof FILTERS)[number], number>;
  heapMb: number;
  hover: number;
  zoom: number;
  zoomFrame: number;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send("HeapProfiler.collectGarbage");
  const { usedSize } = await session.send("Runtime.getHeapUsage");
  await session.detach();
  return usedSize / 1024 / 1024;
}

/** Time from starting a filter change to the next animation frame, measured inside the page. */
function timeFilter(page: Page, target: "app" | "raw", kind: string): Promise<number> {
  return page.evaluate(
    ([which, filter]) =>
      new Promise<number>((done) => {
        const filters: Record<string, object> = {
          none: {},
          year: { years: [2015, 2020] },
          amount: { minAmount: 1e7 },
          form: { forms: ["cash"] },
        };
        const start = performance.now();
        if (which === "raw") window.benchFilter?.(filter);
        else {
          const store = window.explorer?.store;
          if (!store) throw new Error("no explorer handle");
          store.setState({ filters: { ...store.getState().filters, years: null, minAmount: null, forms: null, ...filters[filter] } });
        }
        requestAnimationFrame(() => done(performance.now() - start));
      }),
    [target, kind] as const,
  );
}

export async function measure(browser: Browser, url: string, target: "app" | "raw", withExport: boolean): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  if (target === "app") await page.waitForSelector('#app[data-state="ready"]', { timeout: 300_000 });
  else await page.waitForFunction(() => window.benchReady !== undefined, undefined, { timeout: 300_000 });
  // tsx names the page function's inner arrows with esbuild's __name helper, which the page lacks.
  await page.evaluate("globalThis.__name = (f) => f");
  const [firstFrame, firstRender, ready] = await page.evaluate((which) => {
    const mark = (name: string): number => performance.getEntriesByName(name)[0]?.startTime ?? 0;
    const rendered = (window as unknown as { benchRendered?: number }).benchRendered ?? 0;
    return which === "raw"
      ? [window.benchReady ?? 0, rendered, Number.NaN]
      : [mark("explorer:first-frame"), mark("explorer:first-render"), mark("explorer:ready")];
  }, target);
  await page.waitForTimeout(200);
  const filters = { year: 0, amount: 0, form: 0 };
  for (const kind of FILTERS) {
    filters[kind] = await timeFilter(page, target, kind);
    await timeFilter(page, target, "none");
    await page.waitForTimeout(50);
  }
  const moves = await timeHoverAndZoom(page, target);
  const exportPng = !withExport
    ? Number.NaN
    : await page.evaluate(async (which) => {
        const start = performance.now();
        const blob = which === "raw" ? await window.benchExport?.() : await window.explorer?.graphPng();
        if (!blob || blob.size === 0) throw new Error("export gave no image");
        return performance.now() - start;
      }, target);
  const heap = await heapMb(page);
  await page.close();
  return { firstFrame, firstRender, ready, exportPng, filters, heapMb: heap, ...moves };
}

export interface LayoutSample {
  /** Longest main-thread task while the layout ran (ms), whatever its cause. */
  longestBlock: number;
  /** Most script time in one frame while the layout ran (ms; Long Animation Frames, frames over 50 ms). */
  longestScript: number;
  /** The task that ends the layout: final positions and sigma's one re-index (ms). */
  finalReindex: number;
  /** From ready to the layout's end (ms). */
  duration: number;
}

/** The app on a file without positions: the layout runs in its worker while we watch long tasks. */
export async function measureLayout(browser: Browser, url: string): Promise<LayoutSample> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    const record = { tasks: [] as number[], frames: [] as number[], doneAt: 0 };
    (window as unknown as { benchLayout: typeof record }).benchLayout = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.tasks.push(entry.startTime, entry.duration);
    }).observe({ type: "longtask", buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const scripts = (entry as unknown as { scripts?: Array<{ duration: number }> }).scripts ?? [];
        record.frames.push(
          entry.startTime,
          scripts.reduce((sum, script) => sum + script.duration, 0),
        );
      }
    }).observe({ type: "long-animation-frame", buffered: true });
  });
  await page.goto(url);
  await page.waitForSelector('#app[data-state="ready"]', { timeout: 300_000 });
  const readyAt = await page.evaluate(() => {
    const record = (window as unknown as { benchLayout: { doneAt: number } }).benchLayout;
    // The store update that ends the layout runs in the same task as the re-index that follows it.
    window.explorer?.store.subscribe((state) => {
      if (!state.layout.running && state.layout.progress > 0 && !record.doneAt) record.doneAt = performance.now();
    });
    return performance.getEntriesByName("explorer:ready")[0]?.startTime ?? 0;
  });
  await page.waitForFunction(() => window.explorer?.store.getState().layout.progress === 1, undefined, { timeout: 600_000, polling: 200 });
  const now = await page.evaluate(() => performance.now());
  // Long-task entries arrive after their task: give the last one time to be reported.
  await page.waitForTimeout(1500);
  const result = await page.evaluate((since) => {
    const { tasks, frames, doneAt } = (window as unknown as { benchLayout: { tasks: number[]; frames: number[]; doneAt: number } })
      .benchLayout;
    let longest = 0;
    let final = 0;
    for (let i = 0; i < tasks.length; i += 2) {
      const start = tasks[i] ?? 0;
      const duration = tasks[i + 1] ?? 0;
      if (start < since) continue;
      if (start <= doneAt && doneAt <= start + duration) final = Math.max(final, duration);
      else if (start < doneAt) longest = Math.max(longest, duration);
    }
    let script = 0;
    for (let i = 0; i < frames.length; i += 2)
      if ((frames[i] ?? 0) >= since && (frames[i] ?? 0) < doneAt) script = Math.max(script, frames[i + 1] ?? 0);
    return { longest, final, script };
  }, readyAt);
  await page.close();
  return { longestBlock: result.longest, longestScript: result.script, finalReindex: result.final, duration: now - readyAt };
}

/**
 * Hover and zoom as a reader does them, through sigma's own mouse layer in both pages: a mousemove
 * onto the busiest node's disc -> the next animation frame; one wheel step -> the first frame after
 * the camera settled (both pages animate the step over sigma's 250 ms), and the longest frame meanwhile.
 */
export function timeHoverAndZoom(page: Page, target: "app" | "raw"): Promise<{ hover: number; zoom: number; zoomFrame: number }> {
  return page.evaluate(
    (which) =>
      new Promise<{ hover: number; zoom: number; zoomFrame: number }>((done, fail) => {
        const mouse = document.querySelector<HTMLCanvasElement>("#graph .sigma-mouse");
        if (!mouse) return fail(new Error("no sigma mouse layer"));
        const rect = mouse.getBoundingClientRect();
        const w = window as unknown as {
          benchBusiest?: () => { x: number; y: number } | null;
          benchRatio?: () => number;
        };
        const ratio = (): number => (which === "raw" ? (w.benchRatio?.() ?? 0) : (window.explorer?.cameraRatio() ?? 0));
        let point: { x: number; y: number } | null = null;
        if (which === "raw") point = w.benchBusiest?.() ?? null;
        else {
          const model = window.explorer?.store.getState().model;
          if (model) {
            const deals = new Uint32Array(model.dataset.nodes.length);
            for (const i of model.index.investor) deals[i] = (deals[i] ?? 0) + 1;
            let best = 0;
            deals.forEach((n, i) => void (n > (deals[best] ?? 0) && (best = i)));
            point = window.explorer?.nodePosition(model.dataset.nodes[best]?.id ?? "") ?? null;
          }
        }
        if (!point) return fail(new Error("busiest node not on screen"));
        const started = performance.now();
        mouse.dispatchEvent(new MouseEvent("mousemove", { clientX: rect.left + point.x, clientY: rect.top + point.y, bubbles: true }));
        requestAnimationFrame(() => {
          const hover = performance.now() - started;
          mouse.dispatchEvent(new MouseEvent("mousemove", { clientX: rect.left + 2, clientY: rect.top + 2, bubbles: true }));
          requestAnimationFrame(() => {
            const zoomStarted = performance.now();
            let last = ratio();
            let moved = false;
            let previousFrame = zoomStarted;
            let longest = 0;
            const options = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2, deltaY: -120, bubbles: true };
            mouse.dispatchEvent(new WheelEvent("wheel", { ...options, cancelable: true }));
            const tick = (now: number): void => {
              longest = Math.max(longest, now - previousFrame);
              previousFrame = now;
              const current = ratio();
              if (current !== last) {
                last = current;
                moved = true;
              } else if (moved) return done({ hover, zoom: performance.now() - zoomStarted, zoomFrame: longest });
              requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          });
        });
      }),
    target,
  );
}
