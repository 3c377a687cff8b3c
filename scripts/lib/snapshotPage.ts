// Opens the built app in Debian's Chromium (playwright-core, never a downloaded browser) on a static
// server and takes the export button's PNG; shared by `npm run snapshot` and `npm run publish`.
import { resolve } from "node:path";
import { launchChromium } from "./chromium";
import type { PngExportChoice } from "../../src/export/options";
import { startServer } from "./staticServer";

export interface SnapshotRequest {
  /** The built site, served at `path`. */
  readonly root: string;
  /** Served path of the site ("/" or "/news/story/"), so the site is opened as a host would serve it. */
  readonly path?: string;
  readonly mounts?: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly width: number;
  readonly choice: PngExportChoice;
}

export interface Snapshot {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
  readonly milliseconds: number;
  /** What the page's notices said (the data's problems, a bad parameter), as "source: path: message". */
  readonly notices: readonly string[];
  /** How many of them are about the URL parameters. */
  readonly queryNotices: number;
  /** The page's #status counts, to check the picture shows the data asked for. */
  readonly totalDeals: number;
  readonly totalNodes: number;
}

export async function takeSnapshot(request: SnapshotRequest): Promise<Snapshot> {
  const path = request.path ?? "/";
  const mounts = { ...request.mounts, ...(path === "/" ? {} : { [path]: resolve(request.root) }) };
  const { server, url } = await startServer({ root: resolve(request.root), mounts });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: request.width, height: 900 } });
    await page.goto(`${new URL(path, url).href}?${request.query.toString()}`);
    await page.waitForSelector('#app[data-state="ready"], #app[data-state="error"]', { timeout: 60_000 });
    const raw = await page.evaluate(() =>
      (window.explorer?.store.getState().notices ?? []).map((notice) => ({
        source: notice.source,
        path: notice.path,
        message: notice.message,
      })),
    );
    const notices = raw.map(
      (notice) => `${notice.source === "URL" ? "" : `${notice.source}: `}${notice.path ? `${notice.path}: ` : ""}${notice.message}`,
    );
    const queryNotices = raw.filter((notice) => notice.source === "URL").length;
    if ((await page.getAttribute("#app", "data-state")) === "error")
      throw new Error(`the app could not show the data${notices.length ? `: ${notices.join("; ")}` : ""}`);
    const counts = await page.$eval("#status", (element) => [
      Number((element as HTMLElement).dataset["totalDeals"]),
      Number((element as HTMLElement).dataset["totalNodes"]),
    ]);
    const base = { notices, queryNotices, totalDeals: counts[0] ?? 0, totalNodes: counts[1] ?? 0 };
    const png = await page.evaluate((c) => window.explorer!.exportPng(c), request.choice);
    return { ...base, png: Buffer.from(png.base64, "base64"), width: png.width, height: png.height, milliseconds: png.milliseconds };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Builds the app into `outDir` (about two seconds), so a snapshot or a site never carries stale code. */
export async function buildApp(outDir: string): Promise<string> {
  // vite.config.ts reads the output folder (where datasets are copied, where the file list goes) from EXPLORER_DIST.
  process.env["EXPLORER_DIST"] = outDir;
  const { build } = await import("vite");
  await build({ logLevel: "error", build: { outDir, emptyOutDir: true } });
  return outDir;
}
