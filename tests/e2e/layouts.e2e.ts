// Layouts, colour keys and scope as a reader uses them in Chromium: positions read through
// window.explorer (investors left of startups, first-deal year left to right, Beijing north of
// Shenzhen), the switcher, colour modes in the legend, scope counts with a filter, bad values.
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { alertText, open, readStatus, useBrowser, waitForParam } from "./browser";
import { expectedFor, modelOf } from "./expected";
import { nodeYears } from "../../src/layout/arrange/year";
import { kindDetailName } from "../../src/words/names";

const base = inject("baseUrl");
const flagship = modelOf("data/china-ai-investments.json");
const browserOf = useBrowser();

async function arranged(page: Page, name: string): Promise<void> {
  await page.waitForSelector(`#graph[data-arrangement="${name}"]`, { timeout: 20_000 });
}
const positionOf = (page: Page, id: string) => page.evaluate((node) => window.explorer!.nodePosition(node), id);
const positions = (page: Page) => page.evaluate(() => window.explorer!.positions());

describe("layouts", () => {
  it("bipartite: every investor left of every startup, on screen and in positions()", async () => {
    const { page, errors } = await open(browserOf(), `${base}?layout=bipartite`);
    await arranged(page, "bipartite");
    const xs = await positions(page);
    const investors = flagship.dataset.nodes.flatMap((node, i) => (node.kind === "investor" ? [xs[i]?.[0] ?? Number.NaN] : []));
    const startups = flagship.dataset.nodes.flatMap((node, i) => (node.kind === "startup" ? [xs[i]?.[0] ?? Number.NaN] : []));
    expect(Math.max(...investors)).toBeLessThan(Math.min(...startups));
    const alibaba = await positionOf(page, "alibaba");
    const moonshot = await positionOf(page, "moonshot");
    expect(alibaba && moonshot && alibaba.x < moonshot.x).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("year: startups left to right by their first deal's year, and the switcher goes back to force", async () => {
    const { page, errors } = await open(browserOf(), `${base}?layout=year`);
    await arranged(page, "year");
    const xs = await positions(page);
    const years = nodeYears(flagship);
    const startups = flagship.dataset.nodes.flatMap((node, i) =>
      node.kind === "startup" && !Number.isNaN(years[i] ?? Number.NaN) ? [i] : [],
    );
    for (const a of startups)
      for (const b of startups) if ((years[a] ?? 0) < (years[b] ?? 0)) expect(xs[a]?.[0] ?? 0).toBeLessThan(xs[b]?.[0] ?? 0);
    await page.selectOption('[data-action="layout"]', "force");
    await arranged(page, "force");
    expect(await waitForParam(page, "layout", null)).toBeTruthy();
    const back = await positions(page);
    flagship.dataset.nodes.forEach((node, i) => expect(back[i]?.[0]).toBeCloseTo(node.x ?? 0, 4));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("sector: the nearest startup of each startup in a shared sector is of its sector", async () => {
    const { page } = await open(browserOf(), `${base}?layout=sector`);
    await arranged(page, "sector");
    const xs = await positions(page);
    const nodes = flagship.dataset.nodes;
    const startups = nodes.flatMap((node, i) => (node.kind === "startup" ? [i] : []));
    const size = (sector: string | undefined) => startups.filter((i) => nodes[i]?.sector === sector).length;
    const d = (a: number, b: number) => Math.hypot((xs[a]?.[0] ?? 0) - (xs[b]?.[0] ?? 0), (xs[a]?.[1] ?? 0) - (xs[b]?.[1] ?? 0));
    for (const a of startups.filter((i) => size(nodes[i]?.sector) > 1)) {
      const nearest = startups.filter((b) => b !== a).sort((p, q) => d(a, p) - d(a, q))[0] ?? -1;
      expect(nodes[nearest]?.sector).toBe(nodes[a]?.sector);
    }
    await page.close();
  });

  it("map: Beijing north of Shenzhen and Shanghai east of San Francisco, on screen", async () => {
    const { page, errors } = await open(browserOf(), `${base}?layout=map`);
    await arranged(page, "map");
    const first = (city: string) => flagship.dataset.nodes.find((node) => node.city === city)?.id ?? "";
    const [beijing, shenzhen, shanghai, sf] = await Promise.all(
      ["Beijing", "Shenzhen", "Shanghai", "San Francisco"].map((city) => positionOf(page, first(city))),
    );
    expect(beijing!.y).toBeLessThan(shenzhen!.y);
    expect(shanghai!.x).toBeGreaterThan(sf!.x);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("an unknown layout gets a notice naming it, and the force layout shows", async () => {
    const { page } = await open(browserOf(), `${base}?layout=spiral`);
    expect(await alertText(page)).toContain("spiral");
    expect(await page.getAttribute("#graph", "data-arrangement")).toBe("force");
    await page.close();
  });
});

describe("colour keys", () => {
  it.each(["category", "sector", "community"])("color=%s shows its key in the legend", async (mode) => {
    const { page, errors } = await open(browserOf(), `${base}?color=${mode}`);
    await page.waitForSelector(`[data-color-key="${mode}"]`);
    const entries = await page.$$eval(`[data-color-key="${mode}"] li`, (items) => items.map((item) => item.textContent ?? ""));
    expect(entries.length).toBeGreaterThan(2);
    // Named as the details panel names the sector, in the reader's language.
    if (mode === "sector") expect(entries.some((entry) => entry.startsWith(kindDetailName("sector", "LLM", "en")))).toBe(true);
    if (mode === "community") expect(entries[0]).toMatch(/, .+ \+\d+ \(\d+\)$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("scope", () => {
  it.each(["ego=alibaba", "ego=alibaba&depth=2&from=2023", "component=largest", "top=3&forms=cash", "top=5&from=2024"])(
    "?%s counts what the core computes",
    async (query) => {
      const { page } = await open(browserOf(), `${base}?${query}`);
      const { text: _text, ...counts } = await readStatus(page);
      expect(counts).toEqual(expectedFor(flagship, query));
      expect(counts.visibleDeals).toBeLessThan(counts.totalDeals);
      await page.close();
    },
  );

  it.each([
    ["ego=nobody", "ego"],
    ["ego=alibaba&depth=7", "depth"],
    ["top=-1", "top"],
  ])("?%s: a notice naming %s, the view unchanged", async (query, parameter) => {
    const { page } = await open(browserOf(), `${base}?${query}`);
    expect(await alertText(page)).toContain(parameter);
    const { text: _text, ...counts } = await readStatus(page);
    expect(counts).toEqual(expectedFor(flagship, query.includes("ego=alibaba") ? "ego=alibaba" : ""));
    await page.close();
  });

  it("the top-N field scopes the view and writes the URL", async () => {
    const { page } = await open(browserOf(), `${base}?from=2024`);
    await page.fill('[data-action="top"]', "2");
    await page.dispatchEvent('[data-action="top"]', "change");
    await waitForParam(page, "top", "2");
    await page.waitForFunction(
      (deals) => document.getElementById("status")?.dataset["visibleDeals"] === String(deals),
      expectedFor(flagship, "from=2024&top=2").visibleDeals,
    );
    await page.close();
  });
});
