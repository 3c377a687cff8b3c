// Debian's Chromium driven by playwright-core (never a downloaded browser), and the page hooks
// every end-to-end test reads: #app[data-state], #status data attributes, role=alert.
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, launchChromium } from "../../scripts/lib/chromium";
import { afterAll, beforeAll } from "vitest";

export { CHROMIUM };

export const launch = launchChromium;

export interface Status {
  visibleDeals: number;
  totalDeals: number;
  visibleNodes: number;
  totalNodes: number;
  visibleAmountUsd: number;
  text: string;
}

export async function open(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('#app[data-state="ready"], #app[data-state="error"]', { timeout: 30_000 });
  return { page, errors };
}

export async function readStatus(page: Page): Promise<Status> {
  return page.$eval("#status", (element) => {
    const data = (element as HTMLElement).dataset;
    return {
      visibleDeals: Number(data["visibleDeals"]),
      totalDeals: Number(data["totalDeals"]),
      visibleNodes: Number(data["visibleNodes"]),
      totalNodes: Number(data["totalNodes"]),
      visibleAmountUsd: Number(data["visibleAmountUsd"]),
      text: element.textContent ?? "",
    };
  });
}

/** Waits until the status line shows a different visible-deal count than `before`. */
export async function waitForStatusChange(page: Page, before: Status): Promise<Status> {
  await page.waitForFunction(
    ([deals, amount]) => {
      const data = document.getElementById("status")?.dataset;
      return data && (Number(data["visibleDeals"]) !== deals || Number(data["visibleAmountUsd"]) !== amount);
    },
    [before.visibleDeals, before.visibleAmountUsd] as const,
  );
  return readStatus(page);
}

/** Resolves once the page is ready with `deals` deals loaded in all (a file opened, imported or published). */
export async function waitForTotals(page: Page, deals: number, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.getElementById("status")?.dataset["totalDeals"] === String(n) &&
      document.getElementById("app")?.dataset["state"] === "ready",
    deals,
    { timeout },
  );
}

/** Resolves after the page has drawn two more frames: what a change scheduled is on screen. */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

export async function alertText(page: Page): Promise<string> {
  return (await page.textContent('[role="alert"]')) ?? "";
}

/** The URL is written shortly after a change: wait until parameter `key` reads `value` (null: absent). */
export async function waitForParam(page: Page, key: string, value: string | null): Promise<URLSearchParams> {
  await page.waitForURL((url) => url.searchParams.get(key) === value);
  return new URL(page.url()).searchParams;
}

/** One browser per test file: launched before its tests, closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("browser not launched yet");
    return browser;
  };
}
