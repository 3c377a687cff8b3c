// `npm run snapshot -- --data data/x.json --state "from=2023&forms=cloud-credits" --out view.png
// --scale 2`: the export button's PNG, made headlessly (playwright-core + Debian Chromium) from the
// built app, for pipelines and for the embeds' static fallback. Must not download a browser.
import { existsSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { EXIT, parseCli, runIfMain, UsageError, type CliIo } from "./lib/cli";
import { buildApp, takeSnapshot } from "./lib/snapshotPage";

const USAGE = `usage: npm run snapshot -- --out view.png [--data file.json|https://...] [--state "from=2023&forms=cash"]
       [--scale 1-4] [--size view|1200x630|1200x675|1080x1080] [--width 1000] [--no-frame] [--transparent]
       [--dark] [--dist dist]   (without --dist the app is built into node_modules/.cache/explorer-snapshot)`;

const SIZES = ["view", "1200x630", "1200x675", "1080x1080"] as const;
const SCALES = [1, 2, 3, 4] as const;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCli(
    argv,
    {
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
    },
    USAGE,
    io,
  );
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const out = values.out ?? usage("--out is required");
  const scale = SCALES.find((value) => String(value) === values.scale) ?? usage(`--scale "${values.scale}": one of ${SCALES.join(", ")}`);
  const size = SIZES.find((value) => value === values.size) ?? usage(`--size "${values.size}": one of ${SIZES.join(", ")}`);
  const width = Number(values.width);
  if (!Number.isInteger(width) || width < 320 || width > 4000) usage(`--width "${values.width}": a whole number of CSS pixels, 320-4000`);

  const started = performance.now();
  const dist = values.dist ? resolve(values.dist) : await buildApp(resolve("node_modules/.cache/explorer-snapshot"));
  if (!existsSync(resolve(dist, "index.html"))) usage(`${dist} has no index.html: run \`npm run build\` or leave out --dist`);

  // A local data file is served from its own folder; an https URL is passed to the app as it is.
  const mounts: Record<string, string> = {};
  const query = new URLSearchParams(values.state.replace(/^\?/, ""));
  if (values.data) {
    if (/^https?:\/\//.test(values.data)) query.set("data", values.data);
    else {
      const file = resolve(values.data);
      if (!existsSync(file)) usage(`--data ${values.data}: no such file`);
      mounts["/snapshot-data/"] = dirname(file);
      query.set("data", `snapshot-data/${encodeURIComponent(basename(file))}`);
    }
  }
  // The embed's page: the picture a reader without JavaScript should get instead of the embed.
  query.set("embed", "1");
  if (values.dark) query.set("dark", "true");

  const choice = { size, scale, frame: !values["no-frame"], transparent: values.transparent };
  const shot = await takeSnapshot({ root: dist, mounts, query, width, choice });
  for (const notice of shot.notices) io.err(`notice: ${notice}`);
  // A picture of another view than the one asked for is worse than none: a bad --state writes nothing.
  if (shot.queryNotices > 0) {
    io.err(`--state "${values.state}": ${shot.queryNotices} problem(s) above; no picture written`);
    return EXIT.problems;
  }
  writeFileSync(out, shot.png);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.out(`${out}: ${shot.width} × ${shot.height} px (drawn in ${Math.round(shot.milliseconds)} ms; ${seconds} s in all)`);
  return EXIT.ok;
}

function usage(message: string): never {
  throw new UsageError(message);
}

runIfMain(import.meta.url, USAGE, main);
