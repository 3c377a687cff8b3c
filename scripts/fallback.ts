// `npm run fallback`: public/fallback.png, the picture the default build's <noscript> shows, drawn
// from the flagship dataset by the snapshot code, and the data's SHA-256 beside it so a unit test
// fails when the data changed and the picture was not made again. Published sites get their own.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { DEFAULT_DATA } from "../src/io/load";
import { buildApp, takeSnapshot } from "./lib/snapshotPage";

export const FALLBACK_PNG = "public/fallback.png";
export const FALLBACK_SOURCE = "scripts/flagship/fallback.sha256";

const dist = await buildApp(resolve("node_modules/.cache/explorer-fallback"));
const shot = await takeSnapshot({
  root: dist,
  query: new URLSearchParams({ embed: "1" }),
  width: 1000,
  choice: { size: "1200x675", scale: 1, frame: true, transparent: false },
});
for (const notice of shot.notices) console.error(`notice: ${notice}`);
writeFileSync(FALLBACK_PNG, shot.png);
writeFileSync(FALLBACK_SOURCE, `${createHash("sha256").update(readFileSync(DEFAULT_DATA)).digest("hex")}  ${DEFAULT_DATA}\n`);
console.log(`${FALLBACK_PNG}: ${shot.width} × ${shot.height} px, ${Math.round(shot.png.length / 1024)} kB, from ${DEFAULT_DATA}`);
