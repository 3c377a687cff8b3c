// Bad input never blanks the page: broken files, unknown ids and wrong URL parameters give a
// located message while the rest of the data (or the last good state) stays on screen.
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { alertText, open, readStatus, useBrowser, waitForStatusChange } from "./browser";
import { modelOf } from "./expected";

const base = inject("baseUrl");
const browserOf = useBrowser();

describe("bad data", () => {
  it("a deal naming an unknown investor is reported by place and name; the rest is drawn", async () => {
    const raw = JSON.parse(readFileSync("tests/fixtures/unknown-investor.json", "utf8")) as { deals: Array<{ investor: string }> };
    const bad = raw.deals.findIndex((deal) => deal.investor === "alibba");
    const { page, errors } = await open(browserOf(), `${base}?data=fixtures/unknown-investor.json`);
    expect(await page.getAttribute("#app", "data-state")).toBe("ready");
    const alert = await alertText(page);
    expect(alert).toContain(`deals[${bad}].investor`);
    expect(alert).toContain('no node "alibba"');
    expect(alert).toContain('did you mean "alibaba"');
    const status = await readStatus(page);
    expect(status.totalDeals).toBe(raw.deals.length - 1);
    expect(status.visibleDeals).toBe(raw.deals.length - 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a file that is not JSON gives an error with line and column, and the page stays usable", async () => {
    const { page, errors } = await open(browserOf(), `${base}?data=fixtures/broken.json`);
    expect(await page.getAttribute("#app", "data-state")).toBe("error");
    expect(await alertText(page)).toMatch(/fixtures\/broken\.json: line \d+, column \d+: not valid JSON/);
    await expect(page.locator('input[type="file"]').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a missing file says what the server answered", async () => {
    const { page } = await open(browserOf(), `${base}?data=fixtures/nope.json`);
    expect(await page.getAttribute("#app", "data-state")).toBe("error");
    expect(await alertText(page)).toContain("404");
    await page.close();
  });

  it("a data URL with a scheme other than http(s) is refused before any request", async () => {
    const { page } = await open(browserOf(), `${base}?data=${encodeURIComponent("javascript:alert(1)")}`);
    expect(await page.getAttribute("#app", "data-state")).toBe("error");
    expect(await alertText(page)).toContain('URL parameter "data"');
    await page.close();
  });

  it("opening a broken file keeps the last good data on screen; a good file replaces it", async () => {
    const sample = modelOf("tests/fixtures/sample.json");
    const { page } = await open(browserOf(), `${base}?data=fixtures/sample.json&from=2023`);
    const before = await readStatus(page);
    await page.setInputFiles('input[type="file"]', "tests/fixtures/broken.json");
    await page.waitForFunction(() => document.querySelector('[role="alert"]')?.textContent?.includes("broken.json"));
    expect(await readStatus(page)).toEqual(before);
    expect(await page.getAttribute("#app", "data-state")).toBe("ready");

    await page.setInputFiles('input[type="file"]', "tests/fixtures/unknown-investor.json");
    const after = await waitForStatusChange(page, before);
    expect(after.totalDeals).toBe(sample.index.count - 1);
    expect(await page.textContent("#title")).toBe("Sample with a misspelt investor");
    await page.close();
  });
});

describe("bad URL parameters", () => {
  it.each([
    ["from=abc", 'URL parameter "from"'],
    ["min=lots", 'URL parameter "min"'],
    ["forms=cash,bogus", 'no form "bogus"'],
    ["focus=alibba", 'did you mean "alibaba"'],
    ["lang=fr", 'URL parameter "lang"'],
    ["undisclosed=maybe", 'URL parameter "undisclosed"'],
  ])("?%s is ignored with a notice naming it", async (query, words) => {
    const { page, errors } = await open(browserOf(), `${base}?data=fixtures/sample.json&${query}`);
    expect(await page.getAttribute("#app", "data-state")).toBe("ready");
    expect(await alertText(page)).toContain(words);
    expect((await readStatus(page)).totalDeals).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
