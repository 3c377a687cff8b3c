// Trust in a real browser: totals say what they leave out (Tencent's undisclosed deals, no "$0" for
// unknown amounts), sources say which site they open, the article's claims sit beside the data's own
// figures, search forgives, and the smaller promises (page-as-data, compare= of a startup).
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { computeClaims } from "../../src/filter/claims";
import { computeDetails } from "../../src/filter/details";
import { formatUsd } from "../../src/io/amount";
import { hostOf, sourceSite } from "../../src/io/sourceSite";
import { DEFAULT_FILTERS } from "../../src/state/filters";
import { alertText, open, useBrowser, waitForParam } from "./browser";
import { modelOf } from "./expected";

const base = inject("baseUrl");
const browserOf = useBrowser();
const flagship = modelOf("data/china-ai-investments.json");

/** "$0" standing alone (not "$0.5M" or "$05"): what an undisclosed total must never read as. */
const ZERO_DOLLARS = /\$0(?![.\d])/;

async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.locator('input[type="search"]').fill(query);
  await page.waitForFunction(() => !document.querySelector<HTMLElement>(".search__list")?.hidden);
  return page.$$eval('.search__list [role="option"]', (options) => options.map((option) => (option as HTMLElement).dataset["node"] ?? ""));
}

describe("totals say what they leave out", () => {
  it("Tencent's details: disclosed dollars and how many of its deals are undisclosed, as the core counts them", async () => {
    const details = computeDetails(flagship, null, DEFAULT_FILTERS, "tencent");
    const invested = details?.invested.all;
    if (!invested) throw new Error("no Tencent in the flagship");
    expect(invested.undisclosedDeals).toBeGreaterThan(0);
    const { page, errors } = await open(browserOf(), `${base}?focus=tencent`);
    const total = page.locator('#selection [data-total="invested"]');
    expect(Number(await total.getAttribute("data-undisclosed-deals"))).toBe(invested.undisclosedDeals);
    expect(Number(await total.getAttribute("data-deals"))).toBe(invested.deals);
    const text = (await total.textContent()) ?? "";
    expect(text).toContain(`${formatUsd(invested.disclosedUsd)} disclosed`);
    expect(text).toContain(`${invested.undisclosedDeals} of ${invested.deals} deals undisclosed`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(["?focus=tencent", "?compare=alibaba,tencent", "?forms=strategic&focus=alibaba", "?forms=strategic&compare=alibaba,tencent"])(
    'no panel reads "$0" for undisclosed amounts: %s',
    async (query) => {
      const { page } = await open(browserOf(), `${base}${query}`);
      for (const panel of ["#selection", "#stats", "#compare", "#status"]) {
        const text = (await page.textContent(panel)) ?? "";
        expect(text, `${panel}: ${text.slice(0, 200)}`).not.toMatch(ZERO_DOLLARS);
      }
      await page.close();
    },
  );

  it("compare says the dollar totals are no measure when most amounts are undisclosed", async () => {
    const { page } = await open(browserOf(), `${base}?compare=alibaba,tencent`);
    await page.waitForSelector('#compare [data-caveat="undisclosed"]');
    const cells = await page.$$eval("#compare tfoot td", (tds) =>
      tds.map((td) => [Number((td as HTMLElement).dataset["undisclosedDeals"]), td.textContent ?? ""] as const),
    );
    for (const [undisclosed, text] of cells) if (undisclosed > 0) expect(text).toContain("undisclosed");
    await page.close();
  });
});

describe("sources say which site they open", () => {
  it("a copy says 'copy at HOST' with the host its link opens; originals come first in every deal", async () => {
    const { page } = await open(browserOf(), `${base}?focus=tencent`);
    const deals = await page.$$eval("#selection .deal", (items) =>
      items.map((item) =>
        [...item.querySelectorAll<HTMLElement>(".source")].map((source) => ({
          kind: source.dataset["sourceKind"] ?? "",
          href: source.querySelector("a")?.getAttribute("href") ?? "",
          site: source.querySelector<HTMLElement>(".source__site")?.textContent ?? "",
          host: source.querySelector<HTMLElement>(".source__site")?.dataset["host"] ?? "",
        })),
      ),
    );
    const copies = deals.flat().filter((source) => source.kind === "copy");
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      expect(copy.host).toBe(hostOf(copy.href));
      expect(copy.site).toContain(`copy at ${copy.host}`);
    }
    const rank = { original: 0, unverified: 1, copy: 2 } as const;
    for (const sources of deals) {
      const ranks = sources.map((source) => rank[source.kind as keyof typeof rank]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    // The page's kinds are the core's.
    const tencentSources = flagship.dataset.deals.filter((deal) => deal.investor === "tencent").flatMap((deal) => deal.sources ?? []);
    expect(copies.length).toBe(tencentSources.filter((source) => sourceSite(source).kind === "copy").length);
    await page.close();
  });
});

describe("what the article says", () => {
  it("shows each claim with its status and, beside it, the data's own figure or why there is none", async () => {
    const claims = computeClaims(flagship);
    const c4 = claims.rows.find((row) => row.id === "C4");
    if (c4?.figure?.kind !== "credit-share") throw new Error("C4 has no credit-share figure");
    const { page, errors } = await open(browserOf(), base);
    await page.waitForSelector('#claims [data-claim="C4"]');
    expect(await page.$$eval("#claims [data-claim]", (items) => items.length)).toBe(claims.rows.length);
    const item = page.locator('#claims [data-claim="C4"]');
    expect(await item.locator(".claims__claim").textContent()).toBe(c4.claim);
    const ours = (await item.locator('[data-figure-kind="credit-share"]').textContent()) ?? "";
    expect(ours).toContain(formatUsd(c4.figure.formUsd));
    expect(ours).toContain(formatUsd(c4.figure.totalUsd));
    const c1 = (await page.locator('#claims [data-claim="C1"] [data-figure-kind="none"]').textContent()) ?? "";
    expect(c1).toContain("AI deals only");
    const c2 = c2Lines(claims.rows.find((row) => row.id === "C2")?.figure);
    for (const line of c2) expect(await page.locator('#claims [data-claim="C2"]').textContent()).toContain(line);
    expect(errors).toEqual([]);
    await page.close();
  });
});

function c2Lines(figure: ReturnType<typeof computeClaims>["rows"][number]["figure"] | undefined): string[] {
  if (figure?.kind !== "backers") throw new Error("C2 has no backers figure");
  return figure.backers.map(({ backed }) => `${backed.length} of the ${figure.targets.length}`);
}

describe("search that forgives", () => {
  it.each([
    ["kimi", "moonshot"],
    ["alibba", "alibaba"],
    ["open ai", "openai"],
  ])("%s finds %s first", async (query, id) => {
    const { page } = await open(browserOf(), base);
    expect((await searchFor(page, query))[0]).toBe(id);
    await page.close();
  });

  it("ArrowDown then Enter picks the option shown highlighted", async () => {
    const { page } = await open(browserOf(), base);
    await searchFor(page, "a");
    await page.keyboard.press("ArrowDown");
    const highlighted = await page.getAttribute('.search__list [role="option"][aria-selected="true"]', "data-node");
    const active = await page.getAttribute('input[type="search"]', "aria-activedescendant");
    expect(await page.getAttribute(`#${active}`, "data-node")).toBe(highlighted);
    await page.keyboard.press("Enter");
    expect((await waitForParam(page, "focus", highlighted)).get("focus")).toBe(highlighted);
    await page.close();
  });
});

describe("smaller promises", () => {
  it("a same-site ?data= answered by the app's page says 'not found'", async () => {
    const { page } = await open(browserOf(), `${base}?data=index.html`);
    await page.waitForFunction(() => document.querySelector('[role="alert"]')?.textContent?.includes("not found"));
    expect(await alertText(page)).not.toContain("DOCTYPE");
    await page.close();
  });

  it("compare= of a startup is refused with a notice", async () => {
    const { page } = await open(browserOf(), `${base}?compare=alibaba,moonshot`);
    await page.waitForFunction(() => document.querySelector('[role="alert"]')?.textContent?.includes("not an investor"));
    expect(new URL(page.url()).searchParams.get("compare")).toBeNull();
    await page.close();
  });
});
