// Bringing data in and taking the view out, as a person does it: the file picker with an 80,000-row
// messy CSV, a CSV whose columns must be chosen, GEXF and graphology files, drop, ?data= from another
// site, and "download this view" read back in.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateMessyCsv, type MessyCsvExpectation } from "../../scripts/lib/messyCsv";
import { MAX_INPUT_BYTES } from "../../src/io/limits";
import { open, readStatus, useBrowser, waitForTotals } from "./browser";

const base = inject("baseUrl");
const browserOf = useBrowser();
let folder = "";
let bigCsv = "";
let expected: MessyCsvExpectation;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "explorer-import-"));
  const generated = generateMessyCsv({ rows: 80_000, seed: 11 });
  bigCsv = join(folder, "crunchbase-like.csv");
  writeFileSync(bigCsv, generated.text);
  expected = generated.expected;
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("import through the file picker", () => {
  it("an 80,000-row, 14 MB messy CSV loads with a correct report, off the main thread", async () => {
    const size = readFileSync(bigCsv).byteLength;
    expect(size).toBeGreaterThan(13 * 1024 * 1024);
    const { page, errors } = await open(browserOf(), `${base}?data=fixtures/sample.json`);
    await page.evaluate(() => {
      const longTasks: number[][] = [];
      Object.assign(window, { longTasks });
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push([entry.startTime, entry.duration]))).observe({
        type: "longtask",
      });
    });
    await page.evaluate(() => {
      const states: string[] = [];
      Object.assign(window, { importStates: states });
      const panel = document.getElementById("import-progress");
      if (panel)
        new MutationObserver(() => states.push(`${panel.dataset["state"] ?? ""}:${panel.textContent ?? ""}`)).observe(panel, {
          attributes: true,
          childList: true,
          subtree: true,
          characterData: true,
        });
    });
    const startedAt = await page.evaluate(() => performance.now());
    await page.setInputFiles('input[type="file"]', bigCsv);
    await waitForTotals(page, expected.loaded);
    const readyAt = await page.evaluate(() => performance.now());

    const status = await readStatus(page);
    expect(status.totalDeals).toBe(expected.loaded);
    expect(status.totalNodes).toBe(expected.nodes);
    expect(status.visibleAmountUsd).toBeCloseTo(expected.amountUsd, -2);
    const summary = page.locator("#import-progress .import-summary");
    expect(Number(await summary.getAttribute("data-rows"))).toBe(expected.rows);
    expect(Number(await summary.getAttribute("data-loaded"))).toBe(expected.loaded);
    expect(Number(await summary.getAttribute("data-skipped"))).toBe(expected.skippedLines.length);
    expect(Number(await summary.getAttribute("data-warnings"))).toBe(expected.warnings);
    expect(await page.textContent("#origin")).toContain("file crunchbase-like.csv");
    // The first problem listed is the file's own: the columns it has that the import does not read
    // (named once, before any line); then come the earliest lines with one.
    const problems = await page.locator(".import-summary__problems li").allTextContents();
    expect(problems[0]).toMatch(/^columns: columns not used: .*"notes"/);
    const firstLine = Math.min(
      expected.skippedLines[0] ?? Infinity,
      expected.duplicateLines[0] ?? Infinity,
      expected.selfLines[0] ?? Infinity,
      expected.foreignAmountLines[0] ?? Infinity,
    );
    expect(problems[1]).toContain(`line ${firstLine}:`);

    // The full report names every skipped line and every warning's line.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="import-report"]')]);
    const report = readFileSync(await download.path(), "utf8");
    for (const line of expected.skippedLines) expect(report).toMatch(new RegExp(`^error: line ${line}: .*row skipped$`, "m"));
    for (const line of [...expected.duplicateLines, ...expected.selfLines, ...expected.foreignAmountLines])
      expect(report).toContain(`warning: line ${line}: `);
    expect(report.match(/^warning: /gm)?.length).toBe(expected.warnings);

    // Progress was shown while the worker read the file.
    const states = await page.evaluate(() => (window as unknown as { importStates: string[] }).importStates);
    expect(states.some((state) => /^progress:Reading crunchbase-like\.csv: \d+%/.test(state))).toBe(true);

    const longest = await page.evaluate(
      (since) =>
        Math.max(
          0,
          ...(window as unknown as { longTasks: number[][] }).longTasks
            .filter(([start = 0]) => start >= since)
            .map(([, duration = 0]) => duration),
        ),
      startedAt,
    );
    console.log(
      `80k-row CSV: file picked -> ready ${Math.round(readyAt - startedAt)} ms; longest main-thread task ${Math.round(longest)} ms`,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a CSV whose columns are not recognised asks for them, then loads what was chosen", async () => {
    const { page, errors } = await open(browserOf(), `${base}?data=fixtures/sample.json`);
    await page.setInputFiles('input[type="file"]', "tests/fixtures/odd-columns.csv");
    const dialog = page.locator("dialog.mapping-dialog");
    await dialog.waitFor();
    // Options are the columns by position: Backer, Holding, When, Money, Kind.
    expect(await dialog.getByLabel("Investor", { exact: true }).inputValue()).toBe("0");
    await dialog.getByLabel("Startup (company)", { exact: true }).selectOption("1");
    await dialog.getByLabel("Date", { exact: true }).selectOption("2");
    await dialog.getByLabel("Amount (USD)", { exact: true }).selectOption("3");
    await dialog.getByLabel("Form or round type", { exact: true }).selectOption("4");
    await page.click('[data-action="import-confirm"]');
    // 5 rows: one has no investor (skipped), one invests in itself (kept, warned).
    await waitForTotals(page, 4);
    const status = await readStatus(page);
    expect(status.totalNodes).toBe(4);
    expect(status.visibleAmountUsd).toBe(12e6 + 3.5e6 + 1.2e6);
    expect(await page.textContent("#import-progress")).toMatch(/line 5: empty investor; row skipped/);
    expect(await page.textContent("#import-progress")).toMatch(/line 6: "Delta Chips" invests in itself/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("cancelling the column choice keeps the data on screen", async () => {
    const { page } = await open(browserOf(), `${base}?data=fixtures/sample.json`);
    const before = await readStatus(page);
    await page.setInputFiles('input[type="file"]', "tests/fixtures/odd-columns.csv");
    await page.locator("dialog.mapping-dialog").waitFor();
    await page.click(".mapping-dialog__cancel");
    await page.locator("dialog.mapping-dialog").waitFor({ state: "detached" });
    expect(await readStatus(page)).toEqual(before);
    expect(await page.getAttribute("#app", "data-state")).toBe("ready");
    await page.close();
  });

  it.each([
    ["tests/fixtures/gephi.gexf", 4, 4, 12e6 + 3.5e6 + 1.2e6],
    ["tests/fixtures/graphology.json", 4, 4, 1e9 + 1e10 + 4.5e6],
  ])("%s loads: every edge a deal, ids like __proto__ kept apart", async (file, deals, nodes, amount) => {
    const { page, errors } = await open(browserOf(), `${base}?data=fixtures/sample.json`);
    await page.setInputFiles('input[type="file"]', file);
    await waitForTotals(page, deals);
    const status = await readStatus(page);
    expect(status.totalNodes).toBe(nodes);
    expect(status.visibleAmountUsd).toBe(amount);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a file over the size cap is refused before it is read; the data on screen stays", async () => {
    const huge = join(folder, "huge.csv");
    writeFileSync(huge, "");
    const cap = MAX_INPUT_BYTES / 1048576;
    truncateSync(huge, MAX_INPUT_BYTES + 1048576); // sparse: nothing that large is written
    const { page } = await open(browserOf(), `${base}?data=fixtures/sample.json`);
    const before = await readStatus(page);
    await page.setInputFiles('input[type="file"]', huge);
    await page.waitForSelector('#import-progress[data-state="failed"]');
    expect(await page.textContent("#alerts")).toContain(`huge.csv: the file is larger than ${cap} MB (${cap + 1} MB); refused`);
    expect(await readStatus(page)).toEqual(before);
    expect(await page.textContent("#origin")).toContain("fixtures/sample.json");
    await page.close();
  });

  it("a file dropped on the page opens like a picked one", async () => {
    const { page } = await open(browserOf(), `${base}?data=fixtures/sample.json`);
    const text = readFileSync("tests/fixtures/graphology.json", "utf8");
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], "dropped.json", { type: "application/json" }));
      const app = document.getElementById("app");
      app?.dispatchEvent(new DragEvent("dragenter", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      app?.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await waitForTotals(page, 4);
    expect(await page.textContent("#origin")).toContain("file dropped.json");
    await page.close();
  });
});

describe("?data= from another site", () => {
  it("loads over https with credentials omitted and names the other site as the source", async () => {
    const browser = browserOf();
    const context = await browser.newContext();
    const page = await context.newPage();
    let credentials: string | undefined = "unset";
    await context.route("https://data.example.org/**", async (route) => {
      credentials = route.request().headers()["cookie"];
      await route.fulfill({
        status: 200,
        contentType: "application/json",
        headers: { "access-control-allow-origin": "*" },
        body: readFileSync("tests/fixtures/graphology.json", "utf8"),
      });
    });
    await page.goto(`${base}?data=${encodeURIComponent("https://data.example.org/deals.json")}`);
    await page.waitForSelector('#app[data-state="ready"]');
    expect(await page.textContent("#origin")).toContain("data.example.org (another site");
    expect(credentials).toBeUndefined();
    await context.close();
  });

  it("a site that cannot be read (down, or no CORS) gives a clear message and no data", async () => {
    const context = await browserOf().newContext();
    const page = await context.newPage();
    // The browser reports a CORS refusal to the page exactly like a network failure: fetch rejects.
    await context.route("https://nocors.example.org/**", (route) => route.abort("failed"));
    await page.goto(`${base}?data=${encodeURIComponent("https://nocors.example.org/deals.json")}`);
    await page.waitForSelector('#app[data-state="error"]');
    expect(await page.textContent("#alerts")).toContain("CORS");
    await context.close();
  });
});

describe("download this view", () => {
  it.each(["json", "csv", "gexf"])("%s: the filtered view, opened again, is the same view", async (format) => {
    const { page, errors } = await open(browserOf(), `${base}?data=fixtures/sample.json&from=2023&undisclosed=0`);
    const view = await readStatus(page);
    expect(view.visibleDeals).toBeLessThan(view.totalDeals);
    await page.selectOption('[data-action="export-view-format"]', format);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="export-view"]')]);
    const path = join(folder, download.suggestedFilename());
    await download.saveAs(path);
    await page.setInputFiles('input[type="file"]', path);
    await waitForTotals(page, view.visibleDeals);
    const back = await readStatus(page);
    // Opened fresh (default filters), the file shows exactly what was visible.
    expect(back.visibleDeals).toBe(view.visibleDeals);
    expect(back.visibleNodes).toBe(view.visibleNodes);
    expect(back.totalNodes).toBe(view.visibleNodes);
    expect(back.visibleAmountUsd).toBe(view.visibleAmountUsd);
    expect(errors).toEqual([]);
    await page.close();
  });
});
