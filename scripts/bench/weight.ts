// The embed's weight: the JavaScript a reader's browser fetches before ?embed=1 is ready, gzipped
// (level 9, as a static host serves it), against raw sigma's page in the same run. `npm run bench`
// prints it; `tsx scripts/bench/weight.ts` alone builds both pages and prints only this.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { build } from "vite";
import { startServer } from "../lib/staticServer";

export interface Weight {
  /** Gzipped bytes per script file, in load order. */
  readonly files: ReadonlyArray<{ name: string; gzip: number }>;
  readonly total: number;
}

/** Scripts fetched before `ready` resolves true, read back from `folder` and gzipped. */
async function scriptsUntilReady(browser: Browser, url: string, base: string, folder: string, ready: string): Promise<Weight> {
  const page = await browser.newPage({ viewport: { width: 720, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(ready, undefined, { timeout: 60_000 });
  // Only what was asked for before ready: the app's mark, else (raw sigma) the moment ready was seen.
  // Chunks fetched after it (the keyboard widget when idle, panels on need) are not the embed's cost
  // to be ready, and a run that reads the entries later must not count them.
  const names = await page.evaluate(() => {
    const cutoff = performance.getEntriesByName("explorer:ready")[0]?.startTime ?? performance.now();
    return performance
      .getEntriesByType("resource")
      .filter((entry) => entry.startTime <= cutoff)
      .map((entry) => entry.name)
      .filter((name) => /\.m?js(\?|$)/.test(name));
  });
  await page.close();
  const files = names.map((name) => {
    const path = decodeURIComponent(new URL(name).pathname).slice(base.length);
    return { name: path, gzip: gzipSync(readFileSync(resolve(folder, path)), { level: 9 }).length };
  });
  return { files, total: files.reduce((sum, file) => sum + file.gzip, 0) };
}

export async function measureWeight(browser: Browser, url: string, dist: string, raw: string): Promise<{ app: Weight; raw: Weight }> {
  return {
    app: await scriptsUntilReady(browser, `${url}?embed=1`, "/", dist, `document.getElementById("app")?.dataset.state === "ready"`),
    raw: await scriptsUntilReady(browser, `${url}raw/?data=/generated/1000x2000.json`, "/raw/", raw, "Boolean(window.benchReady)"),
  };
}

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

async function main(): Promise<void> {
  const dist = resolve(process.env["EXPLORER_DIST"] ?? "dist");
  const rawOut = resolve("bench/out/raw");
  await build({ logLevel: "warn", build: { outDir: dist } });
  await build({
    root: resolve("scripts/bench/raw"),
    base: "./",
    configFile: false,
    logLevel: "warn",
    build: { outDir: rawOut, emptyOutDir: true, target: "es2022" },
  });
  const { server, url } = await startServer({ root: dist, mounts: { "/raw/": rawOut } });
  const browser = await chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
  });
  try {
    const { app, raw } = await measureWeight(browser, url, dist, rawOut);
    for (const file of app.files) console.log(`  ${file.name}: ${kB(file.gzip)}`);
    console.log(
      `embed JS until ready (gzip -9): ${kB(app.total)}; raw sigma ${kB(raw.total)}; ratio ${(app.total / raw.total).toFixed(2)}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve("scripts/bench/weight.ts")) await main();
