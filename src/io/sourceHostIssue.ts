// Tells the source-site warnings (sourceSite.ts) apart from other issues, without the publications
// table: the page's loader drops them from the reader's alerts (they are for the data's author).
import type { Issue } from "./issues";

/** The words every source-host warning carries. */
export const NOT_OWN_SITE = "not the publication's own site";

/** Source-host warnings are for the data's author (validator, import report), not the reader's alert line. */
export function isSourceHostIssue(issue: Issue): boolean {
  return issue.severity === "warning" && /\.sources\[\d+\]$/.test(issue.path) && issue.message.includes(NOT_OWN_SITE);
}
