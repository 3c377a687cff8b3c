// Publishing as a newsroom does it: `npm run publish` on a CSV with everyday headers, the folder
// served by a plain static server under a sub-path; then the app's editor and Publish button: the zip
// unpacked and served shows the same data with the new title, and the data file re-imports with it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EXIT } from "../../scripts/lib/cli";
import { main as publish } from "../../scripts/publish";
import { startServer } from "../../scripts/lib/staticServer";
import { runMain } from "../unit/cliRun";
import { open, readStatus, useBrowser, waitForTotals } from "./browser";

const base = inject("baseUrl");
const browserOf = useBrowser();
const CSV = "tests/fixtures/everyday-headers.csv";
const SUB_PATH = "/news/2026/story/";
let folder = "";
let site = "";
let cliLog = "";
const servers: Server[] = [];

/** Serves `root` at SUB_PATH (and nothing at /), as a newsroom's plain static host would. */
async function serveAtSubPath(root: string): Promise<string> {
  const empty = join(folder, `empty-${servers.length}`);
  mkdirSync(empty, { recursive: true });
  const { server, url } = await startServer({ root: empty, mounts: { [SUB_PATH]: root } });
  servers.push(server);
  return new URL(SUB_PATH, url).href;
}

/** Opens a file with the picker, accepting the column choice if the app asks. */
async function openFile(page: Page, path: string, deals: number): Promise<void> {
  await page.setInputFiles('input[type="file"]', path);
  await page.waitForFunction(
    (n) =>
      Boolean(document.querySelector("dialog.mapping-dialog[open]")) ||
      document.getElementById("status")?.dataset["totalDeals"] === String(n),
    deals,
  );
  if (await page.locator("dialog.mapping-dialog[open]").count()) await page.click('[data-action="import-confirm"]');
  await waitForTotals(page, deals);
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "explorer-publish-"));
  site = join(folder, "site");
  const dist = resolve(process.env["EXPLORER_DIST"] ?? "dist");
  // In-process, as `npm run publish` runs it; the report goes to stderr, read for the rows it skipped.
  const run = await runMain(publish, [CSV, "--out", site, "--dist", dist]);
  cliLog = [...run.err, ...run.out].join("\n");
  expect(run.code, cliLog).toBe(EXIT.ok);
}, 180_000);
afterAll(() => {
  for (const server of servers) server.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The CSV's data rows minus the rows the CLI reported skipped. */
function expectedDeals(): number {
  const rows = readFileSync(CSV, "utf8").trim().split("\n").length - 1;
  const report = /(\d+) of (\d+) rows loaded, (\d+) skipped/.exec(cliLog);
  expect(report, cliLog).not.toBeNull();
  expect(Number(report?.[2])).toBe(rows);
  return rows - Number(report?.[3]);
}

describe("npm run publish", () => {
  it("prints usage with --help (exit 0) and refuses bad usage with exit 2 on stderr", async () => {
    const help = await runMain(publish, ["--help"]);
    expect(help).toMatchObject({ code: EXIT.ok, err: [] });
    expect(help.out.join("\n")).toMatch(/usage: npm run publish -- INPUT --out DIR/);
    for (const args of [[CSV], [CSV, "--out", join(folder, "y"), "--url", "http://insecure.example/"]]) {
      const run = await runMain(publish, args, "usage: npm run publish");
      expect(run.code, args.join(" ")).toBe(EXIT.usage);
      expect(run.out).toEqual([]);
      expect(run.err.join("\n")).toMatch(/usage:/);
    }
  });

  it("reports the data's problems with their line", () => {
    expect(cliLog).toMatch(/everyday-headers\.csv: line \d+: .*row skipped/);
  });

  it("writes a site that shows the CSV at ?embed=1 from a sub-path of a plain static server", async () => {
    const url = await serveAtSubPath(site);
    const { page, errors } = await open(browserOf(), `${url}?embed=1`, { width: 720, height: 800 });
    expect(await page.getAttribute("#app", "data-state")).toBe("ready");
    expect((await readStatus(page)).totalDeals).toBe(expectedDeals());
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("writes embed.html whose preview iframe loads the embed, and a fallback picture", async () => {
    const url = await serveAtSubPath(site);
    const { page } = await open(browserOf(), `${url}`, { width: 1000, height: 800 });
    await page.goto(`${url}embed.html`);
    const frame = page.frameLocator("iframe[data-explorer-embed]");
    await frame.locator('#app[data-state="ready"]').waitFor({ timeout: 30_000 });
    expect(Number(await frame.locator("#status").getAttribute("data-total-deals"))).toBe(expectedDeals());
    expect(await page.inputValue("#code-html")).toMatch(
      /^<iframe data-explorer-embed src="https:\/\/your-site\.example\/REPLACE-WITH-THE-ADDRESS-OF-THIS-FOLDER\/\?embed=1/,
    );
    const png = readFileSync(join(site, "fallback.png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(1200);
    await page.close();
  });
});

describe("the editor and the Publish button", () => {
  it("a new title shows at once, goes into the downloaded data file and into the published zip", async () => {
    const deals = expectedDeals();
    const { page, errors } = await open(browserOf(), `${base}?data=fixtures/sample.json`, { width: 1366, height: 900 });
    await openFile(page, CSV, deals);
    await page.click('[data-action="edit-story"]');
    const title = page.locator('[data-editor-panel] [data-editor="title"]');
    await title.fill("Our own story");
    await page.waitForFunction(() => document.getElementById("title")?.textContent === "Our own story");

    // The data file re-imports with the title.
    const [dataDownload] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="editor-download"]')]);
    const dataPath = join(folder, dataDownload.suggestedFilename());
    await dataDownload.saveAs(dataPath);
    expect((JSON.parse(readFileSync(dataPath, "utf8")) as { meta: { title: string } }).meta.title).toBe("Our own story");

    // The zip: the same folder as the CLI's, which served from a sub-path shows the data and the title.
    const [zipDownload] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.click('[data-action="editor-publish"]'),
    ]);
    const zipPath = join(folder, "site.zip");
    await zipDownload.saveAs(zipPath);
    const entries = unzipSync(readFileSync(zipPath));
    const names = Object.keys(entries);
    for (const name of ["site/index.html", "site/embed.html", "site/fallback.png", "site/embed.js", "site/data/everyday-headers.json"])
      expect(names).toContain(name);
    expect(names.some((name) => /^site\/assets\/index-.*\.js$/.test(name))).toBe(true);
    const unzipped = join(folder, "unzipped");
    for (const [name, bytes] of Object.entries(entries)) {
      if (name.endsWith("/")) continue;
      mkdirSync(dirname(join(unzipped, name)), { recursive: true });
      writeFileSync(join(unzipped, name), bytes);
    }
    const url = await serveAtSubPath(join(unzipped, "site"));
    const served = await open(browserOf(), `${url}?embed=1`, { width: 720, height: 800 });
    expect((await readStatus(served.page)).totalDeals).toBe(deals);
    expect(await served.page.textContent("#title")).toBe("Our own story");
    expect(served.errors).toEqual([]);
    await served.page.close();

    // Opened again in the app, the data file brings its title back.
    const again = await open(browserOf(), `${base}?data=fixtures/sample.json`);
    await openFile(again.page, dataPath, deals);
    expect(await again.page.textContent("#title")).toBe("Our own story");
    await again.page.close();
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("the Embed dialog says a file from this computer is not published, and offers Publish", async () => {
    const { page } = await open(browserOf(), `${base}?data=fixtures/sample.json`, { width: 1366, height: 900 });
    await openFile(page, CSV, expectedDeals());
    await page.click('[data-action="embed-code"]');
    const reach = page.locator("[data-embed-reach]");
    expect(await reach.getAttribute("data-embed-reach")).toBe("unpublished");
    expect(await reach.textContent()).toMatch(/everyday-headers\.csv.*not published/);
    expect(await page.locator('[data-action="embed-publish"]').isVisible()).toBe(true);
    expect(await page.locator(".embed-dialog__code").isVisible()).toBe(false);
    await page.close();
  });

  it("the Embed dialog says the code points at this computer for the app on 127.0.0.1, and keeps ?data=", async () => {
    const { page } = await open(browserOf(), `${base}?data=fixtures/sample.json`, { width: 1366, height: 900 });
    await page.click('[data-action="embed-code"]');
    expect(await page.locator("[data-embed-reach]").getAttribute("data-embed-reach")).toBe("this-computer");
    expect(await page.locator("[data-embed-reach]").textContent()).toMatch(/127\.0\.0\.1/);
    expect(await page.inputValue(".embed-dialog__code")).toContain("data=fixtures%2Fsample.json");
    await page.close();
  });
});
