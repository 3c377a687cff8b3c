// A data URL that answers with a web page: a same-site path that does not exist gets the app's own
// index.html back (static hosts and dev servers fall back to it), which is "not found", not bad data.
import type { Issue } from "./issues";

/** An issue when `text` is an HTML page rather than data; null otherwise. */
export function htmlPageIssue(text: string, location: string): Issue | null {
  const head = text
    .slice(0, 1024)
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (!head.startsWith("<!doctype html") && !head.startsWith("<html")) return null;
  return {
    severity: "error",
    path: "(document)",
    message: `not found: "${location}" answered with a web page, not a data file (check the path)`,
  };
}
