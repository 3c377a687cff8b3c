// `npm run snapshot -- --data data/x.json --state "from=2023&forms=cloud-credits" --out view.png
// --scale 2`: the export button's PNG, made headlessly (playwright-core + Debian Chromium) from the
// built app, for pipelines and for the embeds' static fallback. Must not download a browser.
import { existsSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildApp, takeSnapshot } from "./lib/snapshotPage";

const USAGE = `usage: npm run snapshot -- --out view.png [--data file.json|https://...] [--state "from=2023&forms=cash"]
       [--scale 1-4] [--size view|1200x630|1200x675|1080x1080] [--width 1000] [--no-frame] [--transparent]
       [--dark] [--dist dist]   (without --dist the app is built into node_modules/.cache/explorer-snapshot)`;

const SIZES = ["view", "1200x630", "1200x675", "1080x1080"] as const;
const SCALES = [1, 2, 3, 4] as const;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    data: { type: "string" },
    state: { type: "string", default: "" },
    out: { type: "string" },
    scale: { type: "string", default: "1" },
    size: { type: "string", default: "view" },
    width: { type: "string", default: "1000" },
    "no-frame": { type: "boolean", default: false },
    transparent: { type: "boolean", default: false },
    dark: { type: "boolean", default: false },
    dist: { type: "string" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const out = values.out ?? fail(`--out is required\n${USAGE}`);
const scale = SCALES.find((value) => String(value) === values.scale) ?? fail(`--scale "${values.scale}": one of ${SCALES.join(", ")}`);
const size = SIZES.find((value) => value === values.size) ?? fail(`--size "${values.size}": one of ${SIZES.join(", ")}`);
const width = Number(values.width);
if (!Number.isInteger(width) || width < 320 || width > 4000) fail(`--width "${values.width}": a whole number of CSS pixels, 320-4000`);

const started = performance.now();
const dist = values.dist ? resolve(values.dist) : await buildApp(resolve("node_modules/.cache/explorer-snapshot"));
if (!existsSync(resolve(dist, "index.html"))) fail(`${dist} has no index.html: run \`npm run build\` or leave out --dist`);

// A local data file is served from its own folder; an https URL is passed to the app as it is.
const mounts: Record<string, string> = {};
const query = new URLSearchParams(values.state.replace(/^\?/, ""));
if (values.data) {
  if (/^https?:\/\//.test(values.data)) query.set("data", values.data);
  else {
    const file = resolve(values.data);
    if (!existsSync(file)) fail(`--data ${values.data}: no such file`);
    mounts["/snapshot-data/"] = dirname(file);
    query.set("data", `snapshot-data/${encodeURIComponent(basename(file))}`);
  }
}
// The embed's page: the picture a reader without JavaScript should get instead of the embed.
query.set("embed", "1");
if (values.dark) query.set("dark", "true");

try {
  const choice = { size, scale, frame: !values["no-frame"], transparent: values.transparent };
  const png = await takeSnapshot({ root: dist, mounts, query, width, choice });
  for (const notice of png.notices) console.error(`notice: ${notice}`);
  writeFileSync(out, png.png);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${out}: ${png.width} × ${png.height} px (drawn in ${Math.round(png.milliseconds)} ms; ${seconds} s in all)`);
} catch (error) {
  console.error(`snapshot failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
