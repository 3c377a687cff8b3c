// The data's request, sent before the rest of the app's script runs: main.ts imports this module
// first, so the file downloads while the app's code is evaluated and its panels are built. The
// loader takes the response (once) when it asks for the same address; anything else is fetched as
// before. Embeds are left out: they fetch only once displayed (ui/embed/embedVisibility.ts).
// Must not: send a request the loader would refuse (checkDataLocation first) or other credentials.
import { checkDataLocation, DATA_META, DEFAULT_DATA, DATA_REQUEST } from "../io/load";

let early: { readonly href: string; readonly response: Promise<Response> } | null = null;

/** The address the page opens: ?data=, else the site's dataset named in index.html, else the flagship. */
export function dataLocation(params: URLSearchParams, page: Pick<Document, "querySelector">): { location: string; site: string } {
  const site = page.querySelector<HTMLMetaElement>(`meta[name="${DATA_META}"]`)?.content.trim() || DEFAULT_DATA;
  return { location: params.get("data") || site, site };
}

/** Starts the request for `location` now, unless the page is an embed or the address is refused. */
export function requestEarly(location: string, base: string, embed: boolean, fetchImpl: typeof fetch = fetch): void {
  const checked = checkDataLocation(location, base);
  if (embed || "issue" in checked) return;
  const response = fetchImpl(checked.url, DATA_REQUEST);
  // A failure is the loader's to report, when it takes the response.
  response.catch(() => undefined);
  early = { href: checked.url.href, response };
}

/** fetch, except that the early request's address (the loader asks by URL) gets the early response, once. */
export const earlyFetch: typeof fetch = (input, init) => {
  const response = input instanceof URL && early?.href === input.href ? early.response : fetch(input, init);
  if (response === early?.response) early = null;
  return response;
};

if (typeof window !== "undefined") {
  const params = new URLSearchParams(location.search);
  requestEarly(dataLocation(params, document).location, location.href, params.get("embed") === "1");
}
