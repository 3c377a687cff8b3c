// `npm run publish -- INPUT --out DIR [--url https://…/]`: a static site showing INPUT (format v1,
// CSV, GEXF or graphology JSON, with its story): the built app, the data as format v1 with the layout
// baked, embed.html with the code to paste, and fallback.png. Writes only inside DIR; no server of ours.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import {
  dataPathFor,
  embedPageHtml,
  pageTextFor,
  publishedDataText,
  publishedIndexHtml,
  readSiteFiles,
  sitePlan,
  SITE_FILES,
} from "../src/export/site";
import { formatIssue } from "../src/io/issues";
import { bakeLayout } from "../src/layout/bake";
import { createModel } from "../src/model/model";
import { EXIT, parseCli, progress, runIfMain, UsageError, type CliIo } from "./lib/cli";
import { importFile } from "./lib/nodeImport";
import { buildApp, takeSnapshot } from "./lib/snapshotPage";

const USAGE = `usage: npm run publish -- INPUT --out DIR [--url https://news.example/2026/story/]
       [--title "…"] [--description "…"] [--credit "…"] [--map investor=Col,startup=Col,...] [--dist dist]

INPUT   a data file: format v1 JSON (with its story), CSV (one deal per row), GEXF or graphology JSON
--out   the folder to write the site into (created; files of an earlier publish are replaced)
--url   the address the folder will be served from; without it embed.html carries a marked placeholder
--dist  an app already built with npm run build (default: built afresh into node_modules/.cache)
--help  this text
Exit codes: 0 written, 1 the data or the picture failed (nothing usable written), 2 bad usage.`;

function usage(message: string): never {
  throw new UsageError(message);
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCli(
    argv,
    {
      out: { type: "string" },
      url: { type: "string" },
      title: { type: "string" },
      description: { type: "string" },
      credit: { type: "string" },
      map: { type: "string" },
      dist: { type: "string" },
    },
    USAGE,
    io,
  );
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) usage(positionals.length === 0 ? "INPUT is required" : `one INPUT only (got ${positionals.join(", ")})`);
  const input = positionals[0] ?? "";
  const out = values.out ? resolve(values.out) : usage("--out DIR is required");
  if (!existsSync(input)) usage(`${input}: no such file`);
  let siteUrl: string | null = null;
  if (values.url !== undefined) {
    const url = URL.canParse(values.url) ? new URL(values.url) : null;
    if (!url || url.protocol !== "https:" || url.search || url.hash)
      usage(`--url "${values.url}": the folder's https:// address, without ? or #`);
    siteUrl = url.href.endsWith("/") ? url.href : `${url.href}/`;
  }
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, "index.html")))
    usage(`--out ${values.out}: the folder holds other files; give an empty or new folder`);
  const log = io.err;

  // 1. The data, read the way the page reads it.
  const result = importFile(input, values.map);
  if ("error" in result) {
    log(`${input}: ${result.error}`);
    return EXIT.problems;
  }
  for (const issue of result.issues.slice(0, 20)) log(`${issue.severity}: ${formatIssue(issue, input)}`);
  if (result.issues.length > 20)
    log(`... and ${result.issues.length - 20} more (npm run convert -- ${input} out.json --report report.txt lists them all)`);
  const { summary } = result;
  log(
    `${input} (${result.format}): ${summary.loaded} of ${summary.rows} rows loaded, ${summary.skipped} skipped, ${summary.warnings} warnings`,
  );
  if (!result.dataset) {
    log(`${input}: nothing could be loaded; no site written`);
    return EXIT.problems;
  }
  const overrides = Object.fromEntries(
    Object.entries({ title: values.title, description: values.description, credit: values.credit }).filter(
      ([, value]) => value !== undefined,
    ),
  );
  const dataset = { ...result.dataset, meta: { ...result.dataset.meta, ...overrides } };
  const model = createModel(dataset, input);

  // 2. The layout, baked unless every node has a position already.
  let positions: ReadonlyArray<readonly [number, number]> = dataset.nodes.map((node) => [node.x ?? 0, node.y ?? 0] as const);
  if (!model.baked) {
    const started = performance.now();
    const baked = bakeLayout(dataset, { onProgress: progress("layout", io) });
    positions = baked.positions;
    log(`layout: done in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${baked.seed})`);
  }

  // 3. The app, and the files made for this story.
  log("building the app…");
  const dist = values.dist ? resolve(values.dist) : await buildApp(resolve("node_modules/.cache/explorer-publish"));
  if (!existsSync(join(dist, SITE_FILES))) usage(`--dist ${values.dist}: no ${SITE_FILES}; build with npm run build`);
  const dataPath = dataPathFor(basename(input));
  const text = pageTextFor(model, dataset.meta);
  for (const file of sitePlan(readSiteFiles(readFileSync(join(dist, SITE_FILES), "utf8")), dataPath)) {
    const target = join(out, file.path);
    mkdirSync(dirname(target), { recursive: true });
    if (file.source === "app") copyFileSync(join(dist, file.path), target);
    else if (file.source === "index")
      writeFileSync(target, publishedIndexHtml(readFileSync(join(dist, "index.html"), "utf8"), dataPath, text));
    else if (file.source === "data") writeFileSync(target, publishedDataText(dataset, positions));
    else if (file.source === "embed") writeFileSync(target, embedPageHtml({ title: text.title, summary: text.summary, siteUrl }));
  }

  // 4. The fallback picture, taken from the written site served under a sub-path (as a newsroom would).
  log("drawing fallback.png…");
  try {
    const shot = await takeSnapshot({
      root: out,
      path: "/published/story/",
      query: new URLSearchParams({ embed: "1" }),
      width: 1000,
      choice: { size: "1200x675", scale: 1, frame: true, transparent: false },
    });
    for (const notice of shot.notices) log(`notice: ${notice}`);
    if (shot.totalDeals !== dataset.deals.length)
      throw new Error(`the site shows ${shot.totalDeals} deals, the data has ${dataset.deals.length}`);
    writeFileSync(join(out, "fallback.png"), shot.png);
  } catch (error) {
    log(`fallback.png failed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.problems;
  }
  io.out(
    `wrote ${out}: ${dataset.nodes.length} nodes, ${dataset.deals.length} deals in ${dataPath}; open ${join(out, "embed.html")} for the code to paste`,
  );
  return EXIT.ok;
}

runIfMain(import.meta.url, USAGE, main);
