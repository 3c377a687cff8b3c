// Compares screenshots with committed baselines (tests/e2e/baselines/NAME.png), pixel by pixel with a
// tolerance: pixelmatch counts the pixels whose colour differs by more than COLOUR_THRESHOLD, leaving
// out those it recognises as anti-aliasing; a view passes while at most MAX_CHANGED_SHARE of its pixels
// differ. `UPDATE_BASELINES=1` writes the baselines instead; a failing view leaves NAME.actual.png and
// NAME.diff.png in tests/e2e/artifacts/. The numbers and how they were chosen: docs/decisions.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pixelmatch from "pixelmatch";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";

export const BASELINES = "tests/e2e/baselines";
export const ARTIFACTS = "tests/e2e/artifacts";
/** pixelmatch's per-pixel threshold (0-1, YIQ distance): below it a pixel counts as unchanged. */
export const COLOUR_THRESHOLD = 0.1;
/** The share of a view's pixels that may differ: 0.01%, about 105 pixels of a 1366 x 768 view. */
export const MAX_CHANGED_SHARE = 0.0001;

export interface Comparison {
  readonly width: number;
  readonly height: number;
  /** Pixels that differ (not anti-aliasing), and their share of the picture; 1 when the sizes differ. */
  readonly changed: number;
  readonly share: number;
  /** A picture of the differences (red), the same size as the actual one; null when the sizes differ. */
  readonly diff: PNG | null;
}

export function compareImages(expected: PNG, actual: PNG): Comparison {
  const { width, height } = actual;
  if (expected.width !== width || expected.height !== height) return { width, height, changed: width * height, share: 1, diff: null };
  const diff = new PNG({ width, height });
  const changed = pixelmatch(expected.data, actual.data, diff.data, width, height, { threshold: COLOUR_THRESHOLD });
  return { width, height, changed, share: changed / (width * height), diff };
}

/** A screenshot once the page has stopped changing: two in a row alike to the pixel (at most `tries`). */
export async function stableScreenshot(page: Page, tries = 12): Promise<Buffer> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  let previous: Buffer | null = null;
  for (let i = 0; i < tries; i++) {
    const shot = await page.screenshot({ animations: "disabled", caret: "hide" });
    if (previous && shot.equals(previous)) return shot;
    previous = shot;
  }
  throw new Error(`the page kept changing over ${tries} screenshots`);
}

export type Verdict =
  { readonly updated: true } | ({ readonly updated: false; readonly pass: boolean; readonly message: string } & Comparison);

/** Compares `shot` with baseline `name` (or writes it under UPDATE_BASELINES=1); on failure writes the artifacts. */
export function matchBaseline(name: string, shot: Buffer): Verdict {
  const path = join(BASELINES, `${name}.png`);
  if (process.env["UPDATE_BASELINES"] === "1") {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(path, shot);
    return { updated: true };
  }
  if (!existsSync(path)) throw new Error(`no baseline ${path}: run npm run baselines`);
  const comparison = compareImages(PNG.sync.read(readFileSync(path)), PNG.sync.read(shot));
  const pass = comparison.share <= MAX_CHANGED_SHARE;
  const message = `${name}: ${comparison.changed} pixels differ (${(comparison.share * 100).toFixed(3)}%, at most ${(MAX_CHANGED_SHARE * 100).toFixed(3)}%)`;
  if (!pass) writeArtifacts(name, shot, comparison);
  return { updated: false, pass, message: pass ? message : `${message}; see ${ARTIFACTS}/${name}.actual.png and .diff.png`, ...comparison };
}

/** Writes ARTIFACTS/NAME.actual.png and NAME.diff.png (the differences in red); returns their paths. */
export function writeArtifacts(name: string, shot: Buffer, comparison: Comparison): string[] {
  mkdirSync(ARTIFACTS, { recursive: true });
  const written = [join(ARTIFACTS, `${name}.actual.png`)];
  writeFileSync(written[0] ?? "", shot);
  if (comparison.diff) {
    written.push(join(ARTIFACTS, `${name}.diff.png`));
    writeFileSync(written[1] ?? "", PNG.sync.write(comparison.diff));
  }
  return written;
}
