// The stats and compare panels in a real browser: figures equal the pure core's for the same file and
// URL, a top investor's name focuses it, Alibaba vs Tencent by URL and by the pickers, an axe scan.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { compareInvestors } from "../../src/filter/compare";
import { computeStats } from "../../src/filter/stats";
import { computeVisible } from "../../src/filter/visible";
import type { Model } from "../../src/model/model";
import { describeViolations, scanPage } from "./axe";
import { open, readStatus, useBrowser, waitForParam } from "./browser";
import { modelOf, urlStateFor } from "./expected";

const base = inject("baseUrl");
const browserOf = useBrowser();
const flagship = modelOf("data/china-ai-investments.json");

/** The view a query string gives, computed by the pure core (no number typed in). */
function viewOf(model: Model, query: string) {
  const state = urlStateFor(model, query);
  const visible = computeVisible(model.index, model.dataset.nodes.length, state.filters);
  return { state, visible, stats: computeStats(model, visible, state.filters, 5) };
}

async function statValue(page: Page, stat: string): Promise<number> {
  return Number(await page.getAttribute(`#stats [data-stat="${stat}"]`, "data-value"));
}

async function sharedRows(page: Page): Promise<string[]> {
  return page.$$eval('#compare tr[data-shared="true"]', (rows) => rows.map((row) => (row as HTMLElement).dataset["startup"] ?? ""));
}

describe("stats panel", () => {
  it.each(["", "?forms=cloud-credits", "?from=2023&to=2024&undisclosed=0", "?forms=cash,compute&min=100M"])(
    "shows the core's figures for %j",
    async (query) => {
      const { stats } = viewOf(flagship, query.replace(/^\?/, ""));
      const { page, errors } = await open(browserOf(), `${base}${query}`);
      expect(await statValue(page, "total-amount")).toBe(Math.round(stats.total.disclosedUsd));
      expect(await statValue(page, "deals")).toBe(stats.total.deals);
      expect(await statValue(page, "undisclosed")).toBe(stats.total.undisclosedDeals);
      // The panel and the status line agree.
      expect(await statValue(page, "total-amount")).toBe((await readStatus(page)).visibleAmountUsd);
      const shares = await page.$$eval("#stats [data-share-form]", (items) =>
        items.map((item) => [(item as HTMLElement).dataset["shareForm"], Number((item as HTMLElement).dataset["amountUsd"])]),
      );
      const expected = stats.byForm.map((share) => [share.form, Math.round(share.disclosedUsd)]);
      if (stats.unsplitAmount > 0) expected.push(["unsplit", Math.round(stats.unsplitAmount)]);
      expect(shares).toEqual(expected);
      const top = await page.$$eval('#stats [data-top="investors"] [data-node]', (buttons) =>
        buttons.map((button) => (button as HTMLElement).dataset["node"]),
      );
      // Ranked by deals when most amounts are undisclosed (the panel says so), else by dollars.
      expect(top).toEqual((stats.mostlyUndisclosed ? stats.topInvestorsByCount : stats.topInvestorsByAmount).map((entry) => entry.id));
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it("with ?forms=cloud-credits reads the credits total, all of it in the credits share", async () => {
    const { stats } = viewOf(flagship, "forms=cloud-credits");
    const { page } = await open(browserOf(), `${base}?forms=cloud-credits`);
    const credits = await page.getAttribute('#stats [data-share-form="cloud-credits"]', "data-amount-usd");
    expect(Number(credits)).toBe(Math.round(stats.total.disclosedUsd));
    expect(stats.total.disclosedUsd).toBeGreaterThan(0);
    expect(await page.textContent('#stats [data-share-form="cloud-credits"]')).toContain("100%");
    await page.close();
  });

  it("ranks by deals on request, and a top investor's name focuses it", async () => {
    const { stats } = viewOf(flagship, "");
    const { page } = await open(browserOf(), base);
    await page.click('#stats [data-rank="deals"]');
    expect(await page.getAttribute('#stats [data-rank="deals"]', "aria-pressed")).toBe("true");
    const top = await page.$$eval('#stats [data-top="investors"] [data-node]', (buttons) =>
      buttons.map((button) => (button as HTMLElement).dataset["node"]),
    );
    expect(top).toEqual(stats.topInvestorsByCount.map((entry) => entry.id));
    const first = stats.topInvestorsByCount[0]?.id ?? "";
    await page.locator(`#stats [data-top="investors"] [data-node="${first}"]`).click();
    await waitForParam(page, "focus", first);
    expect(await page.evaluate(() => window.explorer?.store.getState().focus)).toBe(first);
    await page.close();
  });
});

describe("compare panel", () => {
  const expectedShared = (query: string): string[] => {
    const { visible } = viewOf(flagship, query);
    return compareInvestors(flagship, visible, "alibaba", "tencent").shared.map((entry) => entry.id);
  };

  it("?compare=alibaba,tencent fills the pickers and marks the startups both back with text", async () => {
    const shared = expectedShared("");
    expect(shared.length).toBeGreaterThan(0);
    const { page, errors } = await open(browserOf(), `${base}?compare=alibaba,tencent`);
    expect(await page.inputValue('#compare select[data-compare="a"]')).toBe("alibaba");
    expect(await page.inputValue('#compare select[data-compare="b"]')).toBe("tencent");
    expect(await sharedRows(page)).toEqual(shared);
    const bothTags = await page.$$eval('#compare tr[data-shared="true"] .compare__both', (tags) => tags.map((tag) => tag.textContent));
    expect(bothTags).toEqual(shared.map(() => "both"));
    expect(await page.getAttribute("#compare [data-shared-count]", "data-shared-count")).toBe(String(shared.length));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("choosing in the pickers sets compare in the URL, and follows the filters", async () => {
    const { page } = await open(browserOf(), base);
    await page.selectOption('#compare select[data-compare="a"]', "alibaba");
    expect(new URL(page.url()).searchParams.get("compare")).toBeNull();
    await page.selectOption('#compare select[data-compare="b"]', "tencent");
    await waitForParam(page, "compare", "alibaba,tencent");
    expect(await sharedRows(page)).toEqual(expectedShared(""));
    // Only cash (Alt-click on its legend key): the comparison follows the filter.
    await page.locator('[data-legend-form="cash"]').click({ modifiers: ["Alt"] });
    const params = await waitForParam(page, "forms", "cash");
    expect(await sharedRows(page)).toEqual(expectedShared(params.toString()));
    await page.click('#compare [data-action="compare-clear"]');
    await waitForParam(page, "compare", null);
    expect(await sharedRows(page)).toEqual([]);
    await page.close();
  });
});

describe("accessibility scan (axe-core)", () => {
  it("finds no serious or critical violation in the insights panels, with a comparison shown", async () => {
    const { page } = await open(browserOf(), `${base}?compare=alibaba,tencent`);
    const violations = await scanPage(page, "#insights");
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it("is not vacuous: a planted unlabelled button and image are reported", async () => {
    const { page } = await open(browserOf(), base);
    await page.evaluate(() => {
      const planted = document.createElement("div");
      planted.id = "planted";
      planted.append(document.createElement("button"), document.createElement("img"));
      document.body.append(planted);
    });
    const ids = (await scanPage(page, "#planted")).map((violation) => violation.id).sort();
    expect(ids).toEqual(["button-name", "image-alt"]);
    await page.close();
  });

  it("finds none in the insights panels in the dark theme either", async () => {
    const { page } = await open(browserOf(), `${base}?compare=alibaba,tencent&dark=true`);
    expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
    const violations = await scanPage(page, "#insights");
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it("finds no serious or critical violation in the default graph view", async () => {
    const { page } = await open(browserOf(), base);
    const violations = await scanPage(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});
