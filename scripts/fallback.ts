// `npm run fallback`: public/fallback.png, the picture the default build's <noscript> shows, drawn
// from the flagship dataset by the snapshot code, and the data's SHA-256 beside it so a unit test
// fails when the data changed and the picture was not made again. Published sites get their own.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { DEFAULT_DATA } from "../src/io/load";
import { EXIT, parseCli, runIfMain, UsageError, type CliIo } from "./lib/cli";
import { buildApp, takeSnapshot } from "./lib/snapshotPage";

export const FALLBACK_PNG = "public/fallback.png";
export const FALLBACK_SOURCE = "scripts/flagship/fallback.sha256";

const USAGE = `usage: npm run fallback

Builds the app, draws ${DEFAULT_DATA} as the embed shows it (1200 × 675) into ${FALLBACK_PNG},
and writes the data's SHA-256 to ${FALLBACK_SOURCE}.
  --help   this text
Exit codes: 0 written, 1 the build or the picture failed, 2 bad usage.`;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCli(argv, {}, USAGE, io);
  if (!parsed) return EXIT.ok;
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
  io.err("building the app…");
  const dist = await buildApp(resolve("node_modules/.cache/explorer-fallback"));
  io.err(`drawing ${FALLBACK_PNG}…`);
  const shot = await takeSnapshot({
    root: dist,
    query: new URLSearchParams({ embed: "1" }),
    width: 1000,
    choice: { size: "1200x675", scale: 1, frame: true, transparent: false },
  });
  for (const notice of shot.notices) io.err(`notice: ${notice}`);
  writeFileSync(FALLBACK_PNG, shot.png);
  writeFileSync(FALLBACK_SOURCE, `${createHash("sha256").update(readFileSync(DEFAULT_DATA)).digest("hex")}  ${DEFAULT_DATA}\n`);
  io.out(`${FALLBACK_PNG}: ${shot.width} × ${shot.height} px, ${Math.round(shot.png.length / 1024)} kB, from ${DEFAULT_DATA}`);
  return EXIT.ok;
}

runIfMain(import.meta.url, USAGE, main);
