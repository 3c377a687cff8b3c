// What an analyst does to explore: the legend as a form filter, playing the years, switching the
// language, Escape, the graph's description in words. Figures come from the pure core, never typed in.
import { describe, expect, inject, it } from "vitest";
import { computeVisible } from "../../src/filter/visible";
import { describeView } from "../../src/words/describeView";
import { open, readStatus, useBrowser, waitForParam, waitForStatusChange } from "./browser";
import { expectedFor, modelOf, urlStateFor } from "./expected";

const base = inject("baseUrl");
const browserOf = useBrowser();
const flagship = modelOf("data/china-ai-investments.json");

describe("legend", () => {
  it("doubles as the form filter: pressing a form's key hides its deals, like the URL would", async () => {
    const { page, errors } = await open(browserOf(), base);
    const before = await readStatus(page);
    const key = page.locator('[data-legend-form="cloud-credits"]');
    expect(await key.getAttribute("aria-pressed")).toBe("true");
    await key.click();
    const after = await waitForStatusChange(page, before);
    expect(await key.getAttribute("aria-pressed")).toBe("false");
    const params = await waitForParam(page, "forms", flagship.index.forms.filter((form) => form !== "cloud-credits").join(","));
    const expected = expectedFor(flagship, params.toString());
    expect(after.visibleDeals).toBe(expected.visibleDeals);
    expect(after.visibleAmountUsd).toBe(expected.visibleAmountUsd);
    // The panel's checkbox for the same form follows.
    expect(await page.locator('input[data-form="cloud-credits"]').isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("timeline", () => {
  it("plays the years cumulatively and pauses", async () => {
    const extent = flagship.index.yearExtent;
    if (!extent) throw new Error("flagship data is dated");
    const page = await browserOf().newPage({ viewport: { width: 1280, height: 800 } });
    // A controllable clock: "it stays paused" is checked by running the page's timers, not by waiting.
    await page.clock.install();
    await page.goto(base);
    await page.waitForSelector('#app[data-state="ready"]');
    const play = page.locator('[data-action="play-years"]');
    await play.click();
    // The first step shows the first year alone, the next adds one more.
    let params = await waitForParam(page, "to", String(extent[0]));
    expect((await readStatus(page)).visibleDeals).toBe(expectedFor(flagship, params.toString()).visibleDeals);
    params = await waitForParam(page, "to", String(extent[0] + 1));
    expect(params.get("from")).toBe(String(extent[0]));
    expect(await play.getAttribute("aria-pressed")).toBe("true");
    await play.click();
    expect(await play.getAttribute("aria-pressed")).toBe("false");
    const paused = new URL(page.url()).searchParams.get("to");
    await page.clock.runFor(10_000);
    expect(new URL(page.url()).searchParams.get("to")).toBe(paused);
    await page.close();
  });

  it("under prefers-reduced-motion steps one year per press and never runs on its own", async () => {
    const extent = flagship.index.yearExtent;
    if (!extent) throw new Error("flagship data is dated");
    const context = await browserOf().newContext({ reducedMotion: "reduce", viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(base);
    await page.waitForSelector('#app[data-state="ready"]');
    const step = page.locator('[data-action="play-years"]');
    expect(await step.textContent()).toBe("Next year");
    await step.click();
    await waitForParam(page, "to", String(extent[0]));
    await page.clock.runFor(10_000);
    expect(new URL(page.url()).searchParams.get("to")).toBe(String(extent[0]));
    await step.click();
    await waitForParam(page, "to", String(extent[0] + 1));
    await context.close();
  });
});

describe("language and keyboard", () => {
  it("the language menu switches the interface and the node labels, and the URL keeps it", async () => {
    const { page } = await open(browserOf(), `${base}?focus=alibaba`);
    await page.locator('select[data-action="language"]').selectOption("zh");
    await waitForParam(page, "lang", "zh");
    expect(await page.locator("#filters h2").first().textContent()).toBe("筛选");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh");
    expect(await page.locator("#selection h2").first().textContent()).toBe("阿里巴巴");
    const zhTitle = flagship.dataset.meta.translations?.["zh"]?.title;
    expect(zhTitle).toBeTruthy();
    expect(await page.locator("#title").textContent()).toBe(zhTitle);
    expect(await page.title()).toContain(zhTitle);
    await page.close();
  });

  it("Escape clears the selection", async () => {
    const { page } = await open(browserOf(), `${base}?focus=tencent`);
    await page.locator("#selection").waitFor({ state: "visible" });
    await page.keyboard.press("Escape");
    await page.locator("#selection").waitFor({ state: "hidden" });
    await waitForParam(page, "focus", null);
    await page.close();
  });

  it("the graph has a name and a description in words of what is shown", async () => {
    const query = "from=2023&forms=cloud-credits";
    const { page } = await open(browserOf(), `${base}?${query}`);
    const graph = page.locator("#graph");
    expect(await graph.getAttribute("aria-label")).toBeTruthy();
    // aria-describedby is an id list: the keyboard instructions (#graph-keys) come first, then the
    // words for what is shown (#graph-summary). Each id must name an element of the page.
    const describedBy = (await graph.getAttribute("aria-describedby"))?.split(/\s+/).filter(Boolean) ?? [];
    expect(describedBy).toContain("graph-summary");
    for (const id of describedBy) expect(await page.locator(`#${id}`).count()).toBe(1);
    const text = await page.locator("#graph-summary").textContent();
    const state = urlStateFor(flagship, query);
    const visible = computeVisible(flagship.index, flagship.dataset.nodes.length, state.filters);
    expect(text).toBe(describeView(state.filters, flagship, visible, "en"));
    expect(text).toContain("cloud credits");
    await page.close();
  });
});

describe("search and details", () => {
  it("finds an organisation by its Korean name; choosing it focuses it and opens its details", async () => {
    const { page, errors } = await open(browserOf(), base);
    const box = page.locator('input[type="search"]');
    await box.fill("알리");
    const option = page.locator('[role="option"]').first();
    await option.waitFor();
    expect(await option.textContent()).toContain("알리바바");
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    await box.press("Enter");
    await waitForParam(page, "focus", "alibaba");
    expect(await page.locator("#selection h2").textContent()).toBe("Alibaba");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("is case-, accent- and width-insensitive and finds Chinese names", async () => {
    const { page } = await open(browserOf(), base);
    const box = page.locator('input[type="search"]');
    for (const query of ["TENCENT", "ｔｅｎｃｅｎｔ", "Téncent", "腾讯"]) {
      await box.fill(query);
      await page.locator('[role="option"][data-node="tencent"]').first().waitFor();
    }
    await box.press("ArrowDown");
    await box.press("Escape");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    await page.close();
  });

  it("details list every deal with its sources as http(s) links; a counterparty moves the selection", async () => {
    const { page } = await open(browserOf(), `${base}?focus=moonshot`);
    const panel = page.locator("#selection");
    await panel.waitFor({ state: "visible" });
    const raw = flagship.dataset.deals.filter((deal) => deal.investor === "moonshot" || deal.target === "moonshot");
    expect(await panel.locator(".deal").count()).toBe(raw.length);
    const firstWithSource = raw.find((deal) => (deal.sources ?? []).length > 0);
    const url = firstWithSource?.sources?.[0]?.url;
    if (!firstWithSource || !url) throw new Error("flagship deals have sources");
    const link = panel.locator(`[data-deal="${firstWithSource.id}"] .deal__sources a`).first();
    expect(await link.getAttribute("href")).toBe(new URL(url).href);
    expect(await link.getAttribute("rel")).toContain("noopener");
    const hrefs = await panel.locator("a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).protocol));
    expect(hrefs.every((protocol) => protocol === "https:" || protocol === "http:")).toBe(true);
    // Keyboard: the first counterparty, arrow down to the next, Enter moves the selection there.
    const buttons = panel.locator(".deal__counterparty");
    await buttons.first().focus();
    await page.keyboard.press("ArrowDown");
    const next = await page.evaluate(() => (document.activeElement as HTMLElement).dataset["node"]);
    expect(next).toBe(await buttons.nth(1).getAttribute("data-node"));
    expect(await page.evaluate(() => window.explorer?.store.getState().hovered)).toBe(next);
    await page.keyboard.press("Enter");
    await waitForParam(page, "focus", next ?? "");
    // Closing returns to no selection.
    await page.locator('[data-action="close-selection"]').click();
    await waitForParam(page, "focus", null);
    await page.close();
  });
});

describe("table in another language", () => {
  it("shows names and forms in Korean and sorts them as shown", async () => {
    const { page } = await open(browserOf(), `${base}?lang=ko&forms=cloud-credits`);
    await page.locator('[data-view="table"]').click();
    const table = page.locator("#table table");
    await table.waitFor();
    await page.locator('[data-sort="investor"]').click();
    // The investor cell heads its row (th scope=row).
    const investors = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(investors.length).toBeGreaterThan(1);
    expect(investors).toEqual([...investors].sort(new Intl.Collator("ko").compare));
    const koreanNames = new Set(flagship.dataset.nodes.map((node) => node.labels?.["ko"]).filter(Boolean));
    expect(investors.every((name) => koreanNames.has(name))).toBe(true);
    const forms = await table.locator("tbody td:nth-child(5)").allTextContents();
    expect(forms).toHaveLength(investors.length);
    expect(forms.every((text) => text.includes(flagship.dataset.meta.forms?.["cloud-credits"]?.labels?.["ko"] ?? "?"))).toBe(true);
    await page.close();
  });
});
