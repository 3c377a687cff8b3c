// `npm run bench` (see USAGE): the app against raw sigma, side by side in one run, in
// Debian Chromium (software WebGL here). Medians of N runs and the ratio app / raw for each figure,
// printed and written to bench/out/results.md. Datasets are generated at run time (seeded).
// Builds the app into EXPLORER_DIST (default dist/, as vite.config.ts) and serves that build.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../lib/chromium";
import { build } from "vite";
import { EXIT, parseCli, runIfMain, UsageError, type CliIo } from "../lib/cli";
import { startServer } from "../lib/staticServer";
import { kB, measureWeight } from "./weight";
import { layoutRows } from "./layouts";
import { measureAppLayout, referenceFa2 } from "./layoutRows";
import { FILTERS, measure, measureLayout, median, type LayoutSample, type Sample } from "./measure";

const USAGE = `usage: npm run bench [-- --quick] [-- --runs N] [-- --sizes 50000x150000,...] [-- --only render]

The app against raw sigma in Debian Chromium, side by side in one run; medians and ratios app / raw,
printed and written to bench/out/results.md. Data is generated at run time.
  --quick          two small sizes and the 10,000-deal real-shaped layout (a few minutes)
  --runs N         runs per size (default 5)
  --sizes NxD,...  node x deal sizes (default 1000x2000,10000x30000,50000x150000,100000x500000)
  --only render    no layout rows (skips the 80,000-deal layout and its ForceAtlas2 reference)
  --help           this text
Exit codes: 0 done, 1 a measurement failed, 2 bad usage.`;

const DEFAULT_SIZES: ReadonlyArray<readonly [number, number]> = [
  [1000, 2000],
  [10000, 30000],
  [50000, 150000],
  [100000, 500000],
];
const QUICK_SIZES: ReadonlyArray<readonly [number, number]> = [
  [1000, 2000],
  [10000, 30000],
];
let quick = false;
/** `--only render`: the app against raw sigma only, without the layout rows (minutes of layout and FA2 reference). */
let renderOnly = false;
let RUNS = 5;
let SIZES = DEFAULT_SIZES;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const options = { quick: { type: "boolean" }, runs: { type: "string" }, sizes: { type: "string" }, only: { type: "string" } } as const;
  const parsed = parseCli(argv, options, USAGE, io);
  if (!parsed) return EXIT.ok;
  const { values } = parsed;
  if (values.only !== undefined && values.only !== "render") throw new UsageError(`--only takes "render", not "${values.only}"`);
  const runs = values.runs === undefined ? 5 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs takes a whole number of at least 1, not "${values.runs}"`);
  const sizes = values.sizes?.split(",").map((size) => size.split("x").map(Number));
  if (sizes?.some((size) => size.length !== 2 || size.some((n) => !Number.isInteger(n) || n < 1)))
    throw new UsageError(`--sizes takes nodes x deals pairs such as 50000x150000, not "${values.sizes}"`);
  quick = values.quick ?? false;
  renderOnly = values.only === "render";
  RUNS = runs;
  SIZES = sizes ? sizes.map(([nodes = 0, deals = 0]) => [nodes, deals] as const) : quick ? QUICK_SIZES : DEFAULT_SIZES;
  await bench();
  return EXIT.ok;
}
/** Above this many deals a size gets at most HUGE_RUNS runs and no PNG export, to keep a full run near ten minutes. */
const HUGE = 200_000;
const HUGE_RUNS = 2;
const OUT = resolve("bench/out");

async function bench(): Promise<void> {
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
  const browser = await launchChromium();
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
      row(size, "navigation -> first frame (painted)", median(app.map((s) => s.firstFrame)), median(raw.map((s) => s.firstFrame)), "ms");
      row(
        size,
        "navigation -> first render (script, before paint)",
        median(app.map((s) => s.firstRender)),
        median(raw.map((s) => s.firstRender)),
        "ms",
      );
      const readyLine = `| ${size} | navigation -> ready (app: every panel drawn) | ${median(app.map((s) => s.ready)).toFixed(1)} ms | n/a | n/a |`;
      rows.push(readyLine);
      console.log(readyLine);
      for (const kind of FILTERS)
        row(size, `filter (${kind}) -> next frame`, median(app.map((s) => s.filters[kind])), median(raw.map((s) => s.filters[kind])), "ms");
      row(size, "hover (busiest node) -> next frame", median(app.map((s) => s.hover)), median(raw.map((s) => s.hover)), "ms");
      row(size, "zoom step (wheel) -> settled frame", median(app.map((s) => s.zoom)), median(raw.map((s) => s.zoom)), "ms");
      row(size, "zoom step: longest frame meanwhile", median(app.map((s) => s.zoomFrame)), median(raw.map((s) => s.zoomFrame)), "ms");
      row(size, "JS heap after load", median(app.map((s) => s.heapMb)), median(raw.map((s) => s.heapMb)), "MB");
      if (!huge) row(size, "PNG export of the view (1x)", median(app.map((s) => s.exportPng)), median(raw.map((s) => s.exportPng)), "ms");
      // Layout from scratch takes minutes above ~10k nodes on this machine: measured at 10k only.
      if (nodes === 10000 && !renderOnly) {
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
    if (!renderOnly) await realShapedRows(browser, url, rows);
  } finally {
    await browser.close();
    server.close();
  }
  const elapsed = ((performance.now() - startedAt) / 1000).toFixed(0);
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium ${chromiumVersion}, software WebGL (SwiftShader)`;
  // Arrangements and communities: computed once per dataset, timed in Node at 30k deals.
  const arrangementRows = renderOnly ? [] : layoutRows(10_000, 30_000);
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

async function realShapedRows(browser: Browser, url: string, rows: string[]): Promise<void> {
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
}

runIfMain(import.meta.url, USAGE, main);
