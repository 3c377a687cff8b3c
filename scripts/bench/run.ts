// `npm run bench [-- --quick] [-- --runs N] [-- --sizes 50000x150000,...]`: the app against raw sigma, side by side in one run, in
// Debian Chromium (software WebGL here). Medians of N runs and the ratio app / raw for each figure,
// printed and written to bench/out/results.md. Datasets are generated at run time (seeded).
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { layoutIterations } from "../../src/layout/matrices";
import { startServer } from "../lib/staticServer";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const runsArg = args.indexOf("--runs");
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const sizesArg = args.indexOf("--sizes");
const SIZES: ReadonlyArray<readonly [number, number]> = sizesArg >= 0
  ? (args[sizesArg + 1] ?? "").split(",").map((size) => {
      const [nodes = 0, deals = 0] = size.split("x").map(Number);
      return [nodes, deals] as const;
    })
  : quick
  ? [
      [1000, 2000],
      [10000, 30000],
    ]
  : [
      [1000, 2000],
      [10000, 30000],
      [50000, 150000],
      [100000, 500000],
    ];
const FILTERS = ["year", "amount", "form"] as const;
const OUT = resolve("bench/out");

interface Sample {
  firstFrame: number;
  exportPng: number;
  filters: Record<(typeof FILTERS)[number], number>;
  heapMb: number;
}

const median = (values: number[]): number => {
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

async function measure(browser: Browser, url: string, target: "app" | "raw"): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  if (target === "app") await page.waitForSelector('#app[data-state="ready"]', { timeout: 300_000 });
  else await page.waitForFunction(() => window.benchReady !== undefined, undefined, { timeout: 300_000 });
  const firstFrame = await page.evaluate((which) => (which === "raw" ? (window.benchReady ?? 0) : (performance.getEntriesByName("explorer:ready")[0]?.startTime ?? 0)), target);
  await page.waitForTimeout(200);
  const filters = { year: 0, amount: 0, form: 0 };
  for (const kind of FILTERS) {
    filters[kind] = await timeFilter(page, target, kind);
    await timeFilter(page, target, "none");
    await page.waitForTimeout(50);
  }
  const exportPng = await page.evaluate(async (which) => {
    const start = performance.now();
    const blob = which === "raw" ? await window.benchExport?.() : await window.explorer?.graphPng();
    if (!blob || blob.size === 0) throw new Error("export gave no image");
    return performance.now() - start;
  }, target);
  const heap = await heapMb(page);
  await page.close();
  return { firstFrame, exportPng, filters, heapMb: heap };
}

interface LayoutSample {
  /** Longest main-thread task while the layout ran (ms). */
  longestBlock: number;
  /** From ready to the layout's end (ms) and iterations per second in the worker. */
  duration: number;
  iterationsPerSecond: number;
}

/** The app on a file without positions: the layout runs in its worker while we watch long tasks. */
async function measureLayout(browser: Browser, url: string): Promise<LayoutSample> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { benchLongTasks: number[] }).benchLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.startTime, entry.duration);
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(url);
  await page.waitForSelector('#app[data-state="ready"]', { timeout: 300_000 });
  const readyAt = await page.evaluate(() => performance.getEntriesByName("explorer:ready")[0]?.startTime ?? 0);
  await page.waitForFunction(() => window.explorer?.store.getState().layout.progress === 1, undefined, { timeout: 600_000, polling: 200 });
  const result = await page.evaluate((since) => {
    const tasks = (window as unknown as { benchLongTasks: number[] }).benchLongTasks;
    let longest = 0;
    for (let i = 0; i < tasks.length; i += 2) if ((tasks[i] ?? 0) >= since) longest = Math.max(longest, tasks[i + 1] ?? 0);
    return { longest, now: performance.now() };
  }, readyAt);
  const order = await page.evaluate(() => window.explorer?.store.getState().model?.graph.order ?? 0);
  const iterations = layoutIterations(order);
  await page.close();
  const duration = result.now - readyAt;
  return { longestBlock: result.longest, duration, iterationsPerSecond: (iterations * 1000) / duration };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await build({ logLevel: "warn" });
  await build({ root: resolve("scripts/bench/raw"), base: "./", configFile: false, logLevel: "warn", build: { outDir: resolve(OUT, "raw"), emptyOutDir: true, target: "es2022" } });
  const { server, url } = await startServer({ root: resolve(process.env["EXPLORER_DIST"] ?? "dist"), mounts: { "/raw/": resolve(OUT, "raw") } });
  const browser = await chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const chromiumVersion = browser.version();
  const rows: string[] = [];
  const row = (size: string, metric: string, app: number, raw: number, unit: string): void => {
    const line = `| ${size} | ${metric} | ${app.toFixed(1)} ${unit} | ${raw.toFixed(1)} ${unit} | ${(app / raw).toFixed(2)} |`;
    rows.push(line);
    console.log(line);
  };
  console.log(`| size (nodes / deals) | figure | app | raw sigma | app / raw |\n| --- | --- | --- | --- | --- |`);
  try {
    for (const [nodes, deals] of SIZES) {
      const data = `generated/${nodes}x${deals}.json`;
      const app: Sample[] = [];
      const raw: Sample[] = [];
      for (let run = 0; run < RUNS; run++) {
        app.push(await measure(browser, `${url}?data=${data}`, "app"));
        raw.push(await measure(browser, `${url}raw/?data=/${data}`, "raw"));
      }
      const size = `${nodes.toLocaleString("en-US")} / ${deals.toLocaleString("en-US")}`;
      row(size, "navigation -> first frame", median(app.map((s) => s.firstFrame)), median(raw.map((s) => s.firstFrame)), "ms");
      for (const kind of FILTERS) row(size, `filter (${kind}) -> next frame`, median(app.map((s) => s.filters[kind])), median(raw.map((s) => s.filters[kind])), "ms");
      row(size, "JS heap after load", median(app.map((s) => s.heapMb)), median(raw.map((s) => s.heapMb)), "MB");
      row(size, "PNG export of the view (1x)", median(app.map((s) => s.exportPng)), median(raw.map((s) => s.exportPng)), "ms");
      // Layout from scratch takes minutes above ~10k nodes on this machine: measured at 10k only.
      if (nodes === 10000) {
        const layouts: LayoutSample[] = [];
        for (let run = 0; run < Math.min(RUNS, 3); run++) layouts.push(await measureLayout(browser, `${url}?data=generated/${nodes}x${deals}-unbaked.json`));
        const line = (metric: string, value: number, unit: string): void => {
          const text = `| ${size} | ${metric} | ${value.toFixed(1)} ${unit} | n/a | n/a |`;
          rows.push(text);
          console.log(text);
        };
        line("layout: longest main-thread block", median(layouts.map((l) => l.longestBlock)), "ms");
        line("layout: worker iterations per second", median(layouts.map((l) => l.iterationsPerSecond)), "it/s");
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium ${chromiumVersion}, software WebGL (SwiftShader)`;
  const report = [
    `# Benchmark: app vs raw sigma`,
    ``,
    `Medians of ${RUNS} runs, ${new Date().toISOString()}, ${machine}.`,
    `Raw sigma: graphology + sigma 3, one edge per deal, an edge reducer hiding filtered edges, full refresh.`,
    `Filter -> next frame: from the store update (or the raw page's predicate change) to the next animation frame.`,
    `Layout rows: the app on the same data without positions (its ForceAtlas2 worker); raw sigma has no layout, so no ratio.`,
    `PNG export: @sigma/export-image toBlob of the current view at the device pixel ratio, in both pages.`,
    ``,
    `| size (nodes / deals) | figure | app | raw sigma | app / raw |`,
    `| --- | --- | --- | --- | --- |`,
    ...rows,
    ``,
  ].join("\n");
  writeFileSync(resolve(OUT, "results.md"), report);
  console.log(`\n${machine}\nwritten to bench/out/results.md`);
}

await main();
