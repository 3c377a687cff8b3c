// Arrow and Parquet files as a person brings them: dropped on the page, picked, or linked with ?data=
// from a static host under a sub-path. The readers load on demand (their own chunks); the deals,
// the undisclosed amounts and the skipped row are what the table holds. Files are generated here.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Compression, dealArrow, dealParquet } from "../../scripts/lib/dealTables";
import { startServer } from "../../scripts/lib/staticServer";
import { MAX_INPUT_BYTES, MAX_TAB_DEALS } from "../../src/io/limits";
import { open, readStatus, useBrowser, waitForTotals } from "./browser";

const base = inject("baseUrl");
const browserOf = useBrowser();
let folder = "";
let server: Server | null = null;
let subPathUrl = "";

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "explorer-tables-"));
  const empty = mkdtempSync(join(tmpdir(), "explorer-empty-"));
  const started = await startServer({
    root: empty,
    mounts: { "/news/app/": resolve(process.env["EXPLORER_DIST"] ?? "dist"), "/news/data/": folder },
  });
  server = started.server;
  subPathUrl = new URL("/news/app/", started.url).href;
});
afterAll(async () => {
  await new Promise((done) => server?.close(done));
  rmSync(folder, { recursive: true, force: true });
});

async function drop(page: Page, bytes: Uint8Array, name: string): Promise<void> {
  await page.evaluate(
    ([base64, fileName]) => {
      const data = Uint8Array.from(atob(base64 ?? ""), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], fileName ?? "", { type: "application/octet-stream" }));
      const app = document.getElementById("app");
      app?.dispatchEvent(new DragEvent("dragenter", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      app?.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [Buffer.from(bytes).toString("base64"), name],
  );
}

/** The file names the page and its workers fetch from now on. */
function requested(page: Page): string[] {
  const names: string[] = [];
  page.on("request", (request) => names.push(new URL(request.url()).pathname.split("/").pop() ?? ""));
  return names;
}

describe("Arrow and Parquet input", () => {
  it("an Arrow file dropped on the page shows its deals; the reader loads only then", async () => {
    const { bytes, expected } = dealArrow({ rows: 3000, amounts: "decimal", seed: 21 });
    const { page, errors } = await open(browserOf(), `${base}?data=fixtures/sample.json`);
    const names = requested(page);
    expect(
      await page.evaluate(() => performance.getEntriesByType("resource").some((entry) => /(arrow|parquet)Table-/.test(entry.name))),
    ).toBe(false);
    await drop(page, bytes, "deals.arrow");
    await waitForTotals(page, expected.loaded);
    const status = await readStatus(page);
    expect(status.visibleAmountUsd).toBe(Math.round(expected.amountUsd));
    const summary = (await page.textContent("#import-progress")) ?? "";
    expect(summary).toContain(`row ${expected.badRow}: empty startup; row skipped`);
    expect(summary).toContain('column not used: "notes"');
    expect(await page.getAttribute(".import-summary", "data-skipped")).toBe("1");
    expect(await page.textContent("#origin")).toContain("file deals.arrow");
    expect(names.filter((name) => /^(arrowTable|parquetTable)-.*\.js$/.test(name)).map((name) => name.split("-")[0])).toEqual([
      "arrowTable",
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a Parquet file (zstd) picked with the file control loads, undisclosed amounts kept as such", async () => {
    const { bytes, expected } = dealParquet({ rows: 3000, dates: "day", seed: 22 }, Compression.ZSTD);
    const path = join(folder, "deals.parquet");
    writeFileSync(path, bytes);
    const { page, errors } = await open(browserOf(), `${base}?data=fixtures/sample.json`);
    await page.setInputFiles('input[type="file"]', path);
    await waitForTotals(page, expected.loaded);
    expect((await readStatus(page)).visibleAmountUsd).toBe(Math.round(expected.amountUsd));
    expect(await page.textContent("#import-progress")).toContain(String(expected.undisclosed));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("?data= links an Arrow stream and a Parquet file on a static host under a sub-path", async () => {
    const arrow = dealArrow({ rows: 500, seed: 23 }, "stream");
    const parquet = dealParquet({ rows: 700, seed: 24 });
    writeFileSync(join(folder, "linked.arrows"), arrow.bytes);
    writeFileSync(join(folder, "linked.parquet"), parquet.bytes);
    for (const [file, expected] of [
      ["linked.arrows", arrow.expected],
      ["linked.parquet", parquet.expected],
    ] as const) {
      const { page, errors } = await open(browserOf(), `${subPathUrl}?data=../data/${file}`);
      await waitForTotals(page, expected.loaded);
      expect((await readStatus(page)).visibleAmountUsd).toBe(Math.round(expected.amountUsd));
      // A link's problems reach the alerts: the skipped row, by its number.
      expect(await page.textContent("#import-progress")).toContain(`row ${expected.badRow}: empty startup`);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("an Arrow table with unfamiliar column names asks for them in the column dialog", async () => {
    const table = tableFromArrays({ Backer: ["Ann Fund", "Bo Capital"], Holding: ["Xeno", "Yara"], Money: Float64Array.from([2e6, 3e6]) });
    const { page } = await open(browserOf(), `${base}?data=fixtures/sample.json`);
    await drop(page, tableToIPC(table, "file"), "odd.arrow");
    const dialog = page.locator("dialog.mapping-dialog");
    await dialog.waitFor();
    expect(await dialog.getByLabel("Investor", { exact: true }).inputValue()).toBe("0");
    await dialog.getByLabel("Startup (company)", { exact: true }).selectOption("1");
    await dialog.getByLabel("Amount (USD)", { exact: true }).selectOption("2");
    await page.click('[data-action="import-confirm"]');
    await waitForTotals(page, 2);
    expect((await readStatus(page)).visibleAmountUsd).toBe(5e6);
    await page.close();
  });
});

describe("too big for the tab", () => {
  it("a table with more rows than the tab lays out is refused with the limit and the way out, in the reader's language", async () => {
    const { bytes } = dealArrow({ rows: MAX_TAB_DEALS + 1, seed: 31 });
    for (const [lang, words] of [
      ["en", ["200,000 deals", "npm run convert, then npm run layout", "split the table"]],
      ["ko", ["거래 200,000건", "npm run layout", "JSON"]],
    ] as const) {
      const { page } = await open(browserOf(), `${base}?data=fixtures/sample.json&lang=${lang}`);
      const before = await readStatus(page);
      await drop(page, bytes, "everything.arrow");
      const limit = page.locator('#import-progress[data-state="failed"] .import-summary__limit');
      await limit.waitFor({ timeout: 60_000 });
      expect(await limit.getAttribute("data-limit")).toBe("deals");
      for (const word of words) expect(await limit.textContent()).toContain(word);
      expect(await page.textContent("#import-progress")).toContain(
        `${MAX_TAB_DEALS + 1} rows; this tab lays out at most ${MAX_TAB_DEALS} deals`,
      );
      // The data on screen stays, and the page still answers.
      expect(await readStatus(page)).toEqual(before);
      await page.close();
    }
  });

  it("a file over the byte cap is refused before it is read, with the way out (zh)", async () => {
    const huge = join(folder, "huge.parquet");
    writeFileSync(huge, "");
    truncateSync(huge, MAX_INPUT_BYTES + 1048576); // sparse: nothing that large is written
    const { page } = await open(browserOf(), `${base}?data=fixtures/sample.json&lang=zh`);
    await page.setInputFiles('input[type="file"]', huge);
    const limit = page.locator('#import-progress[data-state="failed"] .import-summary__limit');
    await limit.waitFor();
    expect(await limit.getAttribute("data-limit")).toBe("bytes");
    expect(await limit.textContent()).toContain(`可读取的大小（${MAX_INPUT_BYTES / 1048576} MB）`);
    expect(await limit.textContent()).toContain("另存为 Parquet");
    await page.close();
  });
});
