// Fetches a dataset's text by path or URL, refusing other schemes first. No DOM; fetch is injected.
import type { Issue } from "./issues";

export const DEFAULT_DATA = "data/china-ai-investments.json";

/** Same-origin paths and http(s) URLs only; anything else is refused before any request. */
export function checkDataLocation(location: string, base: string): { url: URL } | { issue: Issue } {
  let url: URL;
  try {
    url = new URL(location, base);
  } catch {
    return { issue: { severity: "error", path: 'URL parameter "data"', message: `"${location}" is not a path or URL` } };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { issue: { severity: "error", path: 'URL parameter "data"', message: `only http(s) and same-site paths can be loaded, not "${url.protocol}"` } };
  }
  if (url.protocol === "http:" && url.origin !== new URL(base).origin) {
    return { issue: { severity: "error", path: 'URL parameter "data"', message: "data from another site must come over https" } };
  }
  return { url };
}

export async function loadDatasetText(url: URL, fetchImpl: typeof fetch = fetch): Promise<{ text: string } | { issue: Issue }> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: "omit" });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { issue: { severity: "error", path: "", message: `could not fetch (${reason}); for another site, it must allow CORS` } };
  }
  if (!response.ok) return { issue: { severity: "error", path: "", message: `the server answered ${response.status} ${response.statusText}`.trim() } };
  return { text: await response.text() };
}
