// Benchmark rows for the layout on a real-shaped network (issue 14): the app's time to settled,
// both quality measures, the longest main-thread frame meanwhile and Stop's latency, beside plain
// graphology ForceAtlas2 x600 at the old settings in Node as the reference. Seeded data.
import iterate from "graphology-layout-forceatlas2/iterate.js";
import type { Browser } from "playwright-core";
import { layoutSettings, positionsOf, PPE, PPN, seededPositions } from "../../src/layout/matrices";
import { layoutQuality, type LayoutQuality } from "../../src/layout/quality";
import { realShapedNetwork } from "./realShaped";

export interface AppLayoutSample extends LayoutQuality {
  /** From the first frame (explorer:ready) to #app[data-layout="settled"] (ms). */
  readonly settled: number;
  /** Longest long-animation-frame and longest long task while laying out, the final draw included (ms). */
  readonly longestFrame: number;
  readonly longestTask: number;
  /** From pressing Stop mid-run to the attribute saying settled (ms). */
  readonly stop: number;
}

export async function measureAppLayout(browser: Browser, url: string): Promise<AppLayoutSample> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    const record = { frames: [] as number[], tasks: [] as number[] };
    (window as unknown as { benchRecord: typeof record }).benchRecord = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.frames.push(entry.startTime, entry.duration);
    }).observe({ type: "long-animation-frame", buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.tasks.push(entry.startTime, entry.duration);
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(url);
  await page.waitForSelector('#app[data-state="ready"]', { timeout: 600_000 });
  await page.waitForSelector('#app[data-layout="settled"]', { timeout: 600_000 });
  const settledAt = await page.evaluate(() => performance.now());
  // Long frames are reported after they end: give the final draw's entry time to arrive.
  await page.waitForTimeout(1500);
  const timing = await page.evaluate((until) => {
    const record = (window as unknown as { benchRecord: { frames: number[]; tasks: number[] } }).benchRecord;
    const since = performance.getEntriesByName("explorer:ready")[0]?.startTime ?? 0;
    let frame = 0;
    let task = 0;
    for (let i = 0; i < record.frames.length; i += 2)
      if ((record.frames[i] ?? 0) >= since && (record.frames[i] ?? 0) <= until) frame = Math.max(frame, record.frames[i + 1] ?? 0);
    for (let i = 0; i < record.tasks.length; i += 2)
      if ((record.tasks[i] ?? 0) >= since && (record.tasks[i] ?? 0) <= until) task = Math.max(task, record.tasks[i + 1] ?? 0);
    return { settled: until - since, frame, task };
  }, settledAt);
  const positions = await page.evaluate(() => window.explorer?.positions() ?? []);
  const edges = await page.evaluate(() => window.explorer?.edges() ?? []);
  const quality = layoutQuality(Float32Array.from(positions.flat()), positions.length, edges.flat());
  // Stop: re-run, let it work a second, press Stop and time the attribute's flip.
  await page.click('[data-action="rerun-layout"]');
  await page.waitForSelector('#app[data-layout="running"]');
  await page.waitForTimeout(1000);
  const stop = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        const root = document.querySelector("#app");
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (root?.getAttribute("data-layout") !== "settled") return;
          observer.disconnect();
          done(performance.now() - started);
        });
        if (root) observer.observe(root, { attributes: true, attributeFilter: ["data-layout"] });
        document.querySelector<HTMLButtonElement>('[data-action="stop-layout"]')?.click();
      }),
  );
  await page.close();
  return { ...quality, settled: timing.settled, longestFrame: timing.frame, longestTask: timing.task, stop };
}

/** graphology ForceAtlas2 at the settings the app had before issue 14, from the same seeded start. */
export function referenceFa2(deals: number, iterations: number): LayoutQuality & { readonly seconds: number } {
  const network = realShapedNetwork(deals);
  const count = network.investors + network.startups;
  const links = network.pairs.length / 2;
  const start = seededPositions(count, 42);
  const nodes = new Float32Array(count * PPN);
  for (let i = 0; i < count; i++) {
    nodes[i * PPN] = start[2 * i] ?? 0;
    nodes[i * PPN + 1] = start[2 * i + 1] ?? 0;
    nodes[i * PPN + 6] = 1;
    nodes[i * PPN + 7] = 1;
    nodes[i * PPN + 8] = 1;
  }
  const edges = new Float32Array(links * PPE);
  for (let k = 0; k < links; k++) {
    const a = network.pairs[2 * k] ?? 0;
    const b = network.pairs[2 * k + 1] ?? 0;
    nodes[a * PPN + 6] = (nodes[a * PPN + 6] ?? 0) + 1;
    nodes[b * PPN + 6] = (nodes[b * PPN + 6] ?? 0) + 1;
    edges[k * PPE] = a * PPN;
    edges[k * PPE + 1] = b * PPN;
    edges[k * PPE + 2] = 1;
  }
  const settings = layoutSettings(count);
  const started = performance.now();
  for (let k = 0; k < iterations; k++) iterate(settings, nodes, edges);
  const seconds = (performance.now() - started) / 1000;
  return { ...layoutQuality(positionsOf(nodes), count, network.pairs), seconds };
}
