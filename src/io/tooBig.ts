// What "too big for this tab" means, as issues the page can also say in the reader's language: the
// bytes a tab reads and the deals it shows (measured: docs/decisions.md, "Beyond one tab"). The
// command-line tools read files whole and have neither limit. Pure; no DOM.
import type { Issue } from "./issues";
import { MAX_INPUT_BYTES, MAX_TAB_DEALS } from "./limits";

const DEALS_NOTE = "rows; this tab lays out at most";

/** A table with more rows than the tab lays out, refused before the graph is built. */
export function tooManyDeals(deals: number): Issue {
  return {
    severity: "error",
    path: "(document)",
    message: `${deals} ${DEALS_NOTE} ${MAX_TAB_DEALS} deals (npm run convert, then npm run layout, make a JSON with positions that opens); refused`,
  };
}

/** The file's own size refusal (before it is read): the cap in MB and the file's. */
export function fileTooLarge(bytes: number): Issue {
  return {
    severity: "error",
    path: "",
    message: `the file is larger than ${MAX_INPUT_BYTES / 1048576} MB (${Math.ceil(bytes / 1048576)} MB); refused`,
  };
}

/** Which of the tab's limits an issue is about, or null. */
export function tooBigFor(issue: Issue): "bytes" | "deals" | null {
  if (/^the (data|file) is larger than \d+ MB/.test(issue.message)) return "bytes";
  return issue.message.includes(DEALS_NOTE) ? "deals" : null;
}
