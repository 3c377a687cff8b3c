// PNG export as a reader does it on the flagship data: button or `e`, choose, download; the file is
// decoded (pngjs) and checked for its size at the chosen scale, for ink, and for following filters.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { describe, expect, inject, it } from "vitest";
import { EXIT } from "../../scripts/lib/cli";
import { main as snapshot } from "../../scripts/snapshot";
import { runMain } from "../unit/cliRun";
import { open, useBrowser } from "./browser";
import { difference, summarise } from "./pixels";

const base = inject("baseUrl");
const browserOf = useBrowser();

interface Choice {
  size?: "view" | "1200x630" | "1200x675" | "1080x1080";
  scale?: 1 | 2 | 3 | 4;
  frame?: boolean;
  transparent?: boolean;
}

/** Opens the dialog with the button, sets the choice like a reader would, confirms, returns the file. */
async function exportVia(page: Page, choice: Choice): Promise<Buffer> {
  await page.click('[data-action="export-png"]');
  await setChoice(page, choice);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="export-png-confirm"]')]);
  const path = await download.path();
  return readFile(path);
}

async function setChoice(page: Page, choice: Choice): Promise<void> {
  const dialog = page.locator("dialog.png-export-dialog");
  await dialog.waitFor({ state: "visible" });
  if (choice.size) await dialog.locator(`input[name="size"][value="${choice.size}"]`).check();
  if (choice.scale) await dialog.locator(`input[name="scale"][value="${choice.scale}"]`).check();
  if (choice.frame !== undefined) await dialog.locator('input[name="frame"]').setChecked(choice.frame);
  if (choice.transparent !== undefined) await dialog.locator('input[name="transparent"]').setChecked(choice.transparent);
}

async function graphSize(page: Page): Promise<{ width: number; height: number }> {
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error("no graph box");
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

describe("PNG export", () => {
  it("downloads the graph at the chosen scale, decoded size exact and not blank", async () => {
    const { page, errors } = await open(browserOf(), base);
    const { width, height } = await graphSize(page);
    const file = await exportVia(page, { size: "view", scale: 2, frame: false });
    const picture = summarise(file);
    expect([picture.width, picture.height]).toEqual([width * 2, height * 2]);
    expect(picture.inkShare).toBeGreaterThan(0.005);
    expect(picture.colours).toBeGreaterThan(8);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("holds the chosen scale on a high-density screen (1x stays 1x at devicePixelRatio 2)", async () => {
    const page = await browserOf().newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
    await page.goto(base);
    await page.waitForSelector('#app[data-state="ready"]');
    const { width, height } = await graphSize(page);
    const file = await exportVia(page, { size: "view", scale: 1, frame: false });
    expect([PNG.sync.read(file).width, PNG.sync.read(file).height]).toEqual([width, height]);
    // The live view keeps its own ratio afterwards.
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(2);
    await page.close();
  });

  it("makes social cards at their size times the scale, with the text frame drawn in", async () => {
    const { page } = await open(browserOf(), base);
    const framed = await exportVia(page, { size: "1200x630", scale: 1, frame: true });
    const bare = await exportVia(page, { size: "1200x630", scale: 1, frame: false });
    expect([PNG.sync.read(framed).width, PNG.sync.read(framed).height]).toEqual([1200, 630]);
    // The title sits in the top band of the framed card; the bare card has only graph there.
    const topBand = (buffer: Buffer): number => {
      const png = PNG.sync.read(buffer);
      let ink = 0;
      for (let y = 20; y < 50; y++) for (let x = 20; x < 400; x++) if ((png.data[(y * png.width + x) * 4] ?? 255) < 120) ink++;
      return ink;
    };
    expect(topBand(framed)).toBeGreaterThan(200);
    expect(topBand(framed)).toBeGreaterThan(topBand(bare) * 2);
    const square = await exportVia(page, { size: "1080x1080", scale: 2, frame: true });
    expect([PNG.sync.read(square).width, PNG.sync.read(square).height]).toEqual([2160, 2160]);
    await page.close();
  });

  it("draws different pixels for different filters", async () => {
    const { page: all } = await open(browserOf(), base);
    const { page: cloud } = await open(browserOf(), `${base}?forms=cloud-credits`);
    const a = await exportVia(all, { size: "1200x675", scale: 1, frame: false });
    const b = await exportVia(cloud, { size: "1200x675", scale: 1, frame: false });
    expect(difference(a, b)).toBeGreaterThan(0.005);
    await all.close();
    await cloud.close();
  });

  it("leaves the background transparent when asked, solid otherwise", async () => {
    const { page } = await open(browserOf(), base);
    const clear = PNG.sync.read(await exportVia(page, { size: "1200x630", scale: 1, frame: true, transparent: true }));
    const solid = PNG.sync.read(await exportVia(page, { size: "1200x630", scale: 1, frame: true, transparent: false }));
    expect(clear.data[3]).toBe(0);
    expect(solid.data[3]).toBe(255);
    await page.close();
  });

  it("refuses a picture over 16.7 million pixels with a message, and saves nothing", async () => {
    const { page } = await open(browserOf(), base);
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.keyboard.press("e");
    await setChoice(page, { size: "1080x1080", scale: 4 });
    await page.click('[data-action="export-png-confirm"]');
    const alert = page.locator("dialog.png-export-dialog .export-dialog__error");
    await alert.waitFor({ state: "visible" });
    expect(await alert.textContent()).toMatch(/4320 × 4320 px is more than 16,777,216 pixels/);
    expect(await page.locator("dialog.png-export-dialog").getAttribute("open")).not.toBeNull();
    expect(downloads).toBe(0);
    await page.close();
  });
});

describe("npm run snapshot", () => {
  // In-process, as `npm run snapshot` runs it (the command's main, its output caught as lines).
  const run = (args: string[]) => runMain(snapshot, ["--dist", resolve(process.env["EXPLORER_DIST"] ?? "dist"), ...args]);

  it("writes a valid PNG of the asked view, size and scale", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "snapshot-")), "view.png");
    const result = await run([
      "--data",
      "tests/fixtures/sample.json",
      "--state",
      "from=2019&forms=cash,cloud-credits",
      "--size",
      "1200x630",
      "--scale",
      "2",
      "--out",
      out,
    ]);
    expect(result.code, result.err.join("\n")).toBe(EXIT.ok);
    expect(result.out.join("\n")).toContain("2400 × 1260");
    const picture = summarise(await readFile(out));
    expect([picture.width, picture.height]).toEqual([2400, 1260]);
    expect(picture.inkShare).toBeGreaterThan(0.003);
    expect(picture.colours).toBeGreaterThan(8);
  });

  it("refuses a bad option with its usage, writing nothing", async () => {
    const result = await run(["--scale", "9", "--out", "never.png"]);
    expect(result).toMatchObject({ code: EXIT.usage, out: [] });
    expect(result.err.join("\n")).toContain("--scale");
    await expect(readFile("never.png")).rejects.toThrow();
  });

  it("a --state the data cannot show exits 1 naming the parameter, writing nothing", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "snapshot-")), "view.png");
    const result = await run(["--data", "tests/fixtures/sample.json", "--state", "from=abc", "--out", out]);
    expect(result.code).toBe(EXIT.problems);
    expect(result.err.join("\n")).toContain('"from"');
    await expect(readFile(out)).rejects.toThrow();
  });
});
