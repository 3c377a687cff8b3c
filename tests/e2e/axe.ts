// An axe-core scan of the page as it stands, for end-to-end tests: injects the local axe build (never
// fetched) and returns the serious and critical violations in a compact, readable form.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import type { AxeResults, ElementContext, RunOptions } from "axe-core";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** WCAG 2.0/2.1/2.2 A and AA, plus axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] as const;

export interface Violation {
  readonly id: string;
  readonly impact: "serious" | "critical";
  readonly help: string;
  /** CSS selectors of the offending elements, and axe's summary for the first ones. */
  readonly targets: readonly string[];
  readonly summary: string;
}

declare global {
  interface Window {
    axe?: { run(context: ElementContext, options: RunOptions): Promise<AxeResults> };
  }
}

/** Violations of impact serious or critical within `context` (a selector; the whole page by default). */
export async function scanPage(page: Page, context: string = "html"): Promise<Violation[]> {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(
    async ({ selector, tags }) => {
      if (!window.axe) throw new Error("axe-core did not load");
      return window.axe.run(selector, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    },
    { selector: context, tags: [...AXE_TAGS] as string[] },
  );
  return results.violations
    .filter(
      (violation): violation is typeof violation & { impact: "serious" | "critical" } =>
        violation.impact === "serious" || violation.impact === "critical",
    )
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
      summary: violation.nodes
        .slice(0, 3)
        .map((node) => node.failureSummary ?? "")
        .join(" | "),
    }));
}

/** One line per violation, for assertion messages and reports. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help} [${v.targets.slice(0, 5).join(", ")}${v.targets.length > 5 ? ", …" : ""}]`)
    .join("\n");
}
