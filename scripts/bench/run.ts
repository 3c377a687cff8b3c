// `npm run bench [-- --quick] [-- --runs N] [-- --sizes 50000x150000,...]`: the app against raw sigma, side by side in one run, in
// Debian Chromium (software WebGL here). Medians of N runs and the ratio app / raw for each figure,
// printed and written to bench/out/results.md. Datasets are generated at run time (seeded).
// Builds the app into EXPLORER_DIST (default dist/, as vite.config.ts) and serves that build.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { startServer } from "../lib/staticServer";
import { kB, measureWeight } from "./weight";
import { layoutRows } from "./layouts";
import { measureAppLayout, referenceFa2 } from "./layoutRows";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const runsArg = args.indexOf("--runs");
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const sizesArg = args.indexOf("--sizes");
const SIZES: ReadonlyArray<readonly [number, number]> =
  sizesArg >= 0
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
/** Above this many deals a size gets at most HUGE_RUNS runs and no PNG export, to keep a full run near ten minutes. */
const HUGE = 200_000;
const HUGE_RUNS = 2;
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

async function measure(browser: Browser, url: string, target: "app" | "raw", withExport: boolean): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  if (target === "app") await page.waitForSelector('#app[data-state="ready"]', { timeout: 300_000 });
  else await page.waitForFunction(() => window.benchReady !== undefined, undefined, { timeout: 300_000 });
  const firstFrame = await page.evaluate(
    (which) => (which === "raw" ? (window.benchReady ?? 0) : (performance.getEntriesByName("explorer:ready")[0]?.startTime ?? 0)),
    target,
  );
  await page.waitForTimeout(200);
  const filters = { year: 0, amount: 0, form: 0 };
  for (const kind of FILTERS) {
    filters[kind] = await timeFilter(page, target, kind);
    await timeFilter(page, target, "none");
    await page.waitForTimeout(50);
  }
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
  return { firstFrame, exportPng, filters, heapMb: heap };
}

interface LayoutSample {
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
async function measureLayout(browser: Browser, url: string): Promise<LayoutSample> {
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

async function main(): Promise<void> {
  const startedAt = performance.now();
  mkdirSync(OUT, { recursive: true });
  const dist = resolve(process.env["EXPLORER_DIST"] ?? "dist");
  console.log(`building the app into ${dist}`);
  await build({ logLevel: "warn", build: { outDir: dist } });
  await build({
    root: resolve("scripts/bench/raw"),
    base: "./",
    configFile: false,
    logLevel: "warn",
    build: { outDir: resolve(OUT, "raw"), emptyOutDir: true, target: "es2022" },
  });
  const { server, url } = await startServer({ root: dist, mounts: { "/raw/": resolve(OUT, "raw") } });
  const browser = await chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
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
    // Bytes, not time: one measurement is exact (gzip -9 of the files the embed fetched until ready).
    const weight = await measureWeight(browser, url, dist, resolve(OUT, "raw"));
    const weightLine = `| embed (?embed=1) | JS until ready, gzip | ${kB(weight.app.total)} | ${kB(weight.raw.total)} | ${(weight.app.total / weight.raw.total).toFixed(2)} |`;
    rows.push(weightLine);
    console.log(weightLine);
    for (const [nodes, deals] of SIZES) {
      const sizeStarted = performance.now();
      const data = `generated/${nodes}x${deals}.json`;
      const huge = deals > HUGE;
      const runs = huge ? Math.min(RUNS, HUGE_RUNS) : RUNS;
      const app: Sample[] = [];
      const raw: Sample[] = [];
      for (let run = 0; run < runs; run++) {
        app.push(await measure(browser, `${url}?data=${data}`, "app", !huge));
        raw.push(await measure(browser, `${url}raw/?data=/${data}`, "raw", !huge));
      }
      const size = `${nodes.toLocaleString("en-US")} / ${deals.toLocaleString("en-US")}`;
      if (runs !== RUNS) {
        const note = `| ${size} | (medians of ${runs} runs, no PNG export: above ${HUGE.toLocaleString("en-US")} deals) | | | |`;
        rows.push(note);
        console.log(note);
      }
      row(size, "navigation -> first frame", median(app.map((s) => s.firstFrame)), median(raw.map((s) => s.firstFrame)), "ms");
      for (const kind of FILTERS)
        row(size, `filter (${kind}) -> next frame`, median(app.map((s) => s.filters[kind])), median(raw.map((s) => s.filters[kind])), "ms");
      row(size, "JS heap after load", median(app.map((s) => s.heapMb)), median(raw.map((s) => s.heapMb)), "MB");
      if (!huge) row(size, "PNG export of the view (1x)", median(app.map((s) => s.exportPng)), median(raw.map((s) => s.exportPng)), "ms");
      // Layout from scratch takes minutes above ~10k nodes on this machine: measured at 10k only.
      if (nodes === 10000) {
        const layouts: LayoutSample[] = [];
        for (let run = 0; run < Math.min(RUNS, 3); run++)
          layouts.push(await measureLayout(browser, `${url}?data=generated/${nodes}x${deals}-unbaked.json`));
        const line = (metric: string, value: number, unit: string): void => {
          const text = `| ${size} | ${metric} | ${value.toFixed(1)} ${unit} | n/a | n/a |`;
          rows.push(text);
          console.log(text);
        };
        line("layout: longest main-thread block while running", median(layouts.map((l) => l.longestBlock)), "ms");
        line("layout: most script time in one frame while running", median(layouts.map((l) => l.longestScript)), "ms");
        line("layout: final task (last positions, one re-index)", median(layouts.map((l) => l.finalReindex)), "ms");
        line("layout: from first frame to settled", median(layouts.map((l) => l.duration)), "ms");
      }
      console.log(`(${size}: ${((performance.now() - sizeStarted) / 1000).toFixed(0)} s)`);
    }
    // The layout on a real-shaped network, beside graphology ForceAtlas2 x600 (old settings) in Node.
    const deals = quick ? 10_000 : 80_000;
    const layoutStarted = performance.now();
    const app = await measureAppLayout(browser, `${url}?data=generated/real-${deals}.json`);
    const reference = referenceFa2(deals, 600);
    const size = `real-shaped, ${deals.toLocaleString("en-US")} deals`;
    const against = (metric: string, mine: number, theirs: number, unit: string, digits = 1): void => {
      const text = `| ${size} | ${metric} | ${mine.toFixed(digits)} ${unit} | FA2x600: ${theirs.toFixed(digits)} ${unit} | ${(mine / theirs).toFixed(2)} |`;
      rows.push(text);
      console.log(text);
    };
    against("layout: first frame -> settled (app) / 600 FA2 steps (Node)", app.settled / 1000, reference.seconds, "s");
    against("layout: neighbourhood preservation (goal >= 0.20)", app.neighbourhood, reference.neighbourhood, "", 3);
    against("layout: median link / median random pair (goal <= 0.12)", app.lengthRatio, reference.lengthRatio, "", 3);
    for (const [metric, value] of [
      ["layout: longest animation frame meanwhile (goal <= 500)", app.longestFrame],
      ["layout: longest task meanwhile", app.longestTask],
      ["layout: Stop -> settled (goal <= 200)", app.stop],
    ] as const) {
      const text = `| ${size} | ${metric} | ${value.toFixed(1)} ms | n/a | n/a |`;
      rows.push(text);
      console.log(text);
    }
    console.log(`(${size}: ${((performance.now() - layoutStarted) / 1000).toFixed(0)} s)`);
  } finally {
    await browser.close();
    server.close();
  }
  const elapsed = ((performance.now() - startedAt) / 1000).toFixed(0);
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium ${chromiumVersion}, software WebGL (SwiftShader)`;
  // Arrangements and communities: computed once per dataset, timed in Node at 30k deals.
  const arrangementRows = layoutRows(10_000, 30_000);
  for (const row of arrangementRows) console.log(row);
  const report = [
    `# Benchmark: app vs raw sigma`,
    ``,
    `Medians of ${RUNS} runs, ${new Date().toISOString()}, ${machine}; the whole run took ${elapsed} s.`,
    `Raw sigma: graphology + sigma 3, one edge per deal, an edge reducer hiding filtered edges, full refresh.`,
    `Filter -> next frame: from the store update (or the raw page's predicate change) to the next animation frame.`,
    `Layout rows: the app on the same data without positions (its layout worker); raw sigma has no layout, so no ratio.`,
    `Real-shaped rows: the app on a generated network shaped like a deal export (scripts/bench/realShaped.ts), beside graphology ForceAtlas2 x600 at the old settings run in Node; ratio app / FA2.`,
    `PNG export: @sigma/export-image toBlob of the current view at the device pixel ratio, in both pages.`,
    ``,
    `| size (nodes / deals) | figure | app | raw sigma | app / raw |`,
    `| --- | --- | --- | --- | --- |`,
    ...rows,
    ...arrangementRows,
    ``,
  ].join("\n");
  writeFileSync(resolve(OUT, "results.md"), report);
  console.log(`\n${machine}\n${elapsed} s in all; written to bench/out/results.md`);
}

await main();
