// Keyboard and layout accessibility of the full app: every control reachable by Tab with a visible
// focus ring, targets at least 24x24 px, and a 320 px wide screen without horizontal scrolling.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { describeViolations, scanPage } from "./axe";
import { open, useBrowser } from "./browser";

const base = inject("baseUrl");
const browserOf = useBrowser();

interface Focused {
  readonly tag: string;
  readonly name: string;
  readonly action: string | null;
  readonly ring: boolean;
}

/** Presses Tab `count` times and records what has focus each time and whether a ring shows. */
async function tabThrough(page: Page, count: number): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press("Tab");
    seen.push(
      await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return { tag: "body", name: "", action: null, ring: false };
        const style = getComputedStyle(element);
        const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";
        // A label by for= or by wrapping (HTMLInputElement.labels has both), as assistive technology reads it.
        const labels = "labels" in element ? [...((element as HTMLInputElement).labels ?? [])] : [];
        const labelled =
          element.getAttribute("aria-label") ?? (labels.length > 0 ? labels.map((label) => label.textContent ?? "").join(" ") : null);
        return {
          tag: element.tagName.toLowerCase(),
          name: (labelled ?? element.textContent ?? "").trim(),
          action: element.dataset["action"] ?? element.dataset["legendForm"] ?? element.dataset["view"] ?? null,
          ring,
        };
      }),
    );
  }
  return seen;
}

describe("keyboard", () => {
  it("Tab reaches search, language, every filter, the legend's form keys and the view switch, each with a visible focus ring", async () => {
    const { page } = await open(browserOf(), base);
    const seen = await tabThrough(page, 60);
    const actions = new Set(seen.map((item) => item.action));
    for (const action of ["search", "language", "play-years", "cash", "cloud-credits", "graph", "table"])
      expect(actions, `Tab reaches ${action}`).toContain(action);
    expect(seen.filter((item) => item.tag === "input" && item.name.length > 0).length).toBeGreaterThan(6);
    const withoutRing = seen.filter((item) => item.tag !== "body" && !item.ring);
    expect(withoutRing).toEqual([]);
    const unnamed = seen.filter((item) => item.tag !== "body" && item.name === "");
    expect(unnamed).toEqual([]);
    await page.close();
  });
});

describe("layout", () => {
  it("controls are at least 24x24 px (a checkbox counts with its label)", async () => {
    const { page } = await open(browserOf(), base);
    const small = await page.evaluate(() => {
      const found: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>("button, select, input, [role='option']")) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        let target = box;
        if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio" || element.type === "file")) {
          const label = element.labels?.[0] ?? null;
          if (label) target = label.getBoundingClientRect();
        }
        if (target.width < 24 || target.height < 24)
          found.push(`${element.tagName} ${element.id || element.className} ${Math.round(target.width)}x${Math.round(target.height)}`);
      }
      return found;
    });
    expect(small).toEqual([]);
    await page.close();
  });

  it("reflows at 320 px wide: no horizontal scrolling, the graph still drawn", async () => {
    const { page, errors } = await open(browserOf(), base, { width: 320, height: 640 });
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const graph = await page.locator("#graph").boundingBox();
    expect(graph?.width).toBeGreaterThan(250);
    expect(graph?.height).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("axe-core scan (serious and critical violations)", () => {
  const views: ReadonlyArray<readonly [string, string, (page: Page) => Promise<void>]> = [
    [
      "graph view with the details panel open",
      "?focus=alibaba",
      async (page) => void (await page.locator("#selection").waitFor({ state: "visible" })),
    ],
    [
      "table view",
      "?forms=cloud-credits,cash",
      async (page) => {
        await page.locator('[data-view="table"]').click();
        await page.locator("#table table").waitFor();
      },
    ],
    [
      "dark theme, Korean, compare and search open",
      "?lang=ko&compare=alibaba,tencent&focus=moonshot",
      async (page) => {
        await page.emulateMedia({ colorScheme: "dark" });
        await page.locator('input[type="search"]').fill("알리");
        await page.locator('[role="option"]').first().waitFor();
      },
    ],
    ["story at step 2, its caption and callouts", "?step=2", async (page) => void (await page.locator("#story:not([hidden])").waitFor())],
    [
      "embed of story step 3 on a phone",
      "?embed=1&step=3",
      async (page) => {
        await page.setViewportSize({ width: 360, height: 640 });
        await page.locator("#story:not([hidden])").waitFor();
      },
    ],
    [
      "bipartite layout coloured by category",
      "?layout=bipartite&color=category",
      async (page) => void (await page.locator('[data-color-key="category"]').waitFor()),
    ],
    [
      "map layout, dark, coloured by community",
      "?layout=map&color=community&lang=zh",
      async (page) => {
        await page.emulateMedia({ colorScheme: "dark" });
        await page.locator('[data-color-key="community"]').waitFor();
      },
    ],
    [
      "by-year layout coloured by sector",
      "?layout=year&color=sector",
      async (page) => void (await page.locator('[data-color-key="sector"]').waitFor()),
    ],
    [
      "export dialog",
      "",
      async (page) => {
        await page.locator('[data-action="export-png"]').click();
        await page.locator('[data-action="export-png-confirm"]').waitFor();
      },
    ],
  ];
  for (const [name, query, prepare] of views) {
    it(`finds none in the ${name}`, async () => {
      const { page } = await open(browserOf(), `${base}${query}`);
      await prepare(page);
      const violations = await scanPage(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.close();
    });
  }
});
