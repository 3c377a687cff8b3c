// What a reader does with the filters: through the URL and through the controls, checked against
// the pure core's figures for the same file, and a copied URL giving the same view back.
import { describe, expect, inject, it } from "vitest";
import { nextFrame, open, readStatus, useBrowser, waitForParam, waitForStatusChange } from "./browser";
import { expectedFor, modelOf } from "./expected";
import { difference, summarise } from "./pixels";

const base = inject("baseUrl");
const SAMPLE = "fixtures/sample.json";
const sample = modelOf("tests/fixtures/sample.json");
const browserOf = useBrowser();

describe("the default dataset", () => {
  const flagship = modelOf("data/china-ai-investments.json");

  it.each(["", "from=2023&to=2024&forms=cloud-credits", "from=2023"])(
    "opens without ?data= and shows ?%s as the model computes",
    async (query) => {
      const { page, errors } = await open(browserOf(), `${base}?${query}`);
      expect(await page.getAttribute("#app", "data-state")).toBe("ready");
      const { text: _text, ...counts } = await readStatus(page);
      expect(counts).toEqual(expectedFor(flagship, query));
      expect(await page.textContent("#title")).toBe(flagship.dataset.meta.title);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

describe("filters through the URL", () => {
  it.each([
    "",
    "from=2023&to=2024&forms=cloud-credits",
    "from=2024",
    "min=100000000",
    "undisclosed=0&undated=0",
    "forms=cash,compute&max=60000000",
  ])("?%s shows what the model computes", async (query) => {
    const { page, errors } = await open(browserOf(), `${base}?data=${SAMPLE}&${query}`);
    expect(await page.getAttribute("#app", "data-state")).toBe("ready");
    const status = await readStatus(page);
    const { text, ...counts } = status;
    expect(counts).toEqual(expectedFor(sample, query));
    expect(text).toContain(`${counts.visibleDeals} of ${counts.totalDeals}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("filters through the controls", () => {
  it("unchecking a form hides its deals, updates the URL, and the URL reproduces the view", async () => {
    const { page } = await open(browserOf(), `${base}?data=${SAMPLE}`);
    const before = await readStatus(page);
    await page.getByLabel(/Cash/).uncheck();
    const after = await waitForStatusChange(page, before);
    const query = await waitForParam(page, "forms", sample.index.forms.filter((form) => form !== "cash").join(","));
    const { text: _text, ...counts } = after;
    expect(counts).toEqual(expectedFor(sample, query.toString()));

    const { page: copy } = await open(browserOf(), page.url());
    const { text: _copyText, ...copied } = await readStatus(copy);
    expect(copied).toEqual(counts);
    expect(await copy.getByLabel(/Cash/).isChecked()).toBe(false);
    await Promise.all([page.close(), copy.close()]);
  });

  it("typing a year range and a minimum amount filters like the URL would", async () => {
    const { page } = await open(browserOf(), `${base}?data=${SAMPLE}`);
    let status = await readStatus(page);
    await page.getByLabel("From").fill("2023");
    await page.getByLabel("From").press("Enter");
    status = await waitForStatusChange(page, status);
    await page.getByLabel("At least").fill("$100M");
    await page.getByLabel("At least").press("Enter");
    status = await waitForStatusChange(page, status);
    const { text: _text, ...counts } = status;
    expect(counts).toEqual(expectedFor(sample, "from=2023&min=100000000"));
    await waitForParam(page, "min", "100000000");
    await page.getByRole("button", { name: "Reset filters" }).click();
    const reset = await waitForStatusChange(page, status);
    expect(reset.visibleDeals).toBe(sample.index.count);
    await page.close();
  });

  it("brushing the year histogram sets the year range", async () => {
    const { page } = await open(browserOf(), `${base}?data=${SAMPLE}`);
    const before = await readStatus(page);
    const box = await page.locator(".filter--years .histogram__brush .overlay").boundingBox();
    if (!box) throw new Error("no brush overlay");
    // The histogram spans the data's years evenly; brush the right-most two years.
    const [first, last] = sample.index.yearExtent ?? [0, 0];
    const years = last - first + 1;
    const x = (year: number): number => box.x + ((year - first) / years) * box.width;
    await page.mouse.move(x(last - 1) + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(x(last + 1) - 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const after = await waitForStatusChange(page, before);
    const query = await waitForParam(page, "to", String(last));
    expect([query.get("from"), query.get("to")]).toEqual([String(last - 1), String(last)]);
    expect(after.visibleDeals).toBe(expectedFor(sample, `from=${last - 1}&to=${last}`).visibleDeals);
    await page.close();
  });

  it("draws a picture that is not blank, and filtering changes it", async () => {
    const { page } = await open(browserOf(), `${base}?data=${SAMPLE}`);
    const graph = page.locator("#graph");
    const all = await graph.screenshot();
    const summary = summarise(all);
    expect(summary.inkShare).toBeGreaterThan(0.005);
    expect(summary.colours).toBeGreaterThan(8);
    const before = await readStatus(page);
    await page.getByLabel(/Cash/).uncheck();
    await waitForStatusChange(page, before);
    await nextFrame(page);
    const filtered = await graph.screenshot();
    expect(difference(all, filtered)).toBeGreaterThan(0.001);
    await page.close();
  });
});

describe("table view", () => {
  it("switches with the graph, lists exactly the visible deals, sorts, and downloads them as CSV", async () => {
    const { page } = await open(browserOf(), `${base}?data=${SAMPLE}&forms=cash`);
    const status = await readStatus(page);
    await page.locator('[data-view="table"]').click();
    const table = page.getByRole("table", { name: "Investments that pass the filters" });
    await table.waitFor();
    expect(await page.locator('[data-view="table"]').getAttribute("aria-pressed")).toBe("true");
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBe(status.visibleDeals);
    // Sorted by amount, largest first; undisclosed last.
    // The investor cell heads its row (th scope=row), so the amount is the row's fourth cell.
    const amount = (row: typeof rows): Promise<string | null> => row.locator(":scope > th, :scope > td").nth(3).textContent();
    expect(await rows.first().locator("td.is-numeric").textContent()).toBe("$500M");
    expect(await amount(rows.first())).toBe("$500M");
    expect(await amount(rows.last())).toBe("undisclosed");
    await page.getByRole("button", { name: "Investor" }).click();
    expect(await table.locator("th").first().getAttribute("aria-sort")).toBe("ascending");
    const investors = await rows.locator('th[scope="row"]').allTextContents();
    expect(investors).toHaveLength(status.visibleDeals);
    expect(investors).toEqual([...investors].sort((a, b) => a.localeCompare(b)));

    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-action="download-csv"]').click()]);
    const path = await download.path();
    const csv = (await import("node:fs")).readFileSync(path, "utf8").trim().split("\n");
    expect(csv[0]).toContain("investor,startup,date");
    expect(csv).toHaveLength(status.visibleDeals + 1);

    await page.locator('[data-view="graph"]').click();
    await table.waitFor({ state: "hidden" });
    await page.close();
  });
});
