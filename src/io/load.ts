// Fetches a dataset's text by path or URL: other schemes refused first, credentials never sent, size
// capped before (Content-Length) and while reading. No DOM; fetch is injected for tests.
import { createStreamDecoder, decodeBytes, TABLE_NOTE } from "./decode";
import type { Issue } from "./issues";
import { MAX_INPUT_BYTES } from "./limits";

export const DEFAULT_DATA = "data/china-ai-investments.json";
/** index.html's `<meta name>` naming the dataset a site opens without ?data= (npm run publish sets it). */
export const DATA_META = "explorer-data";

const PLACE = 'URL parameter "data"';
/** How a dataset is asked for: no cookies, cross-site only where the site allows it (CORS). */
export const DATA_REQUEST = { credentials: "omit", mode: "cors", redirect: "follow" } as const satisfies RequestInit;

/** Same-origin paths and http(s) URLs only; anything else is refused before any request. */
export function checkDataLocation(location: string, base: string): { url: URL } | { issue: Issue } {
  let url: URL;
  try {
    url = new URL(location, base);
  } catch {
    return { issue: { severity: "error", path: PLACE, message: `"${location}" is not a path or URL` } };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { issue: { severity: "error", path: PLACE, message: `only http(s) and same-site paths can be loaded, not "${url.protocol}"` } };
  }
  if (url.protocol === "http:" && url.origin !== new URL(base).origin) {
    return { issue: { severity: "error", path: PLACE, message: "data from another site must come over https" } };
  }
  if (url.username || url.password)
    return { issue: { severity: "error", path: PLACE, message: "URLs with a user name or password are refused" } };
  return { url };
}

/**
 * What the page says about where data came from. Another site's data is named by its host, so a
 * crafted link cannot pass it off as this site's.
 */
export function describeOrigin(location: string, url: URL, base: string): string {
  return url.origin === new URL(base).origin ? location : `${url.host} (another site: ${url.href})`;
}

export type Progress = (loaded: number, total: number | null) => void;

export async function loadDatasetText(
  url: URL,
  fetchImpl: typeof fetch = fetch,
  onProgress?: Progress,
  maxBytes = MAX_INPUT_BYTES,
): Promise<{ text: string; finalUrl: string; notes: readonly Issue[] } | { issue: Issue }> {
  const fetched = await fetchData(url, fetchImpl);
  if ("issue" in fetched) return fetched;
  const read = await readLimited(fetched.response, maxBytes, onProgress);
  if ("issue" in read) return read;
  return { text: read.text, finalUrl: fetched.response.url || url.href, notes: read.notes };
}

/** The request, its status and its redirect checked; the body is left to read. */
export async function fetchData(url: URL, fetchImpl: typeof fetch): Promise<{ response: Response } | { issue: Issue }> {
  let response: Response;
  try {
    response = await fetchImpl(url, DATA_REQUEST);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const here = (globalThis as { location?: { origin?: string } }).location?.origin;
    const foreign = here === undefined || url.origin !== here;
    const hint = foreign
      ? `; the site may be down, or it does not allow other sites to read its files (CORS: it must send Access-Control-Allow-Origin)`
      : "; check the connection";
    return { issue: { severity: "error", path: "", message: `could not fetch (${reason})${hint}` } };
  }
  if (!response.ok)
    return { issue: { severity: "error", path: "", message: `the server answered ${response.status} ${response.statusText}`.trim() } };
  // The page names the data's origin from the address asked for; a redirect elsewhere would make that untrue.
  if (response.redirected && response.url && new URL(response.url).origin !== url.origin) {
    void response.body?.cancel();
    return {
      issue: {
        severity: "error",
        path: "",
        message: `the address redirects to another site (${new URL(response.url).host}); link to that address directly`,
      },
    };
  }
  return { response };
}

/** True for the refusal `loadDatasetText` gives when a body passes its `maxBytes`. */
export function isTooLarge(issue: Issue): boolean {
  return issue.message.startsWith("the data is larger than");
}

/** True for the refusal of an Arrow or Parquet table where only text is read (see decode.ts). */
export function isTableFile(issue: Issue): boolean {
  return issue.message.startsWith(TABLE_NOTE);
}

/** The main thread's refusals that mean "let the import worker read it": too large here, or an Arrow / Parquet table. */
export function isForWorker(issue: Issue): boolean {
  return isTooLarge(issue) || isTableFile(issue);
}

/** A format v1 document announces itself near its start; anything else is left to the importer. */
export function looksLikeFormatV1(text: string): boolean {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, "")
    .trimStart();
  return head.startsWith("{") && /"format"\s*:\s*"investment-graph"/.test(head);
}

export const tooLarge = (bytes: number, maxBytes: number): Issue => ({
  severity: "error",
  path: "",
  message: `the data is larger than ${Math.round(maxBytes / 1048576)} MB${bytes > 0 ? ` (${Math.ceil(bytes / 1048576)} MB or more)` : ""}; refused`,
});

/**
 * A response's size, checked against the cap before reading: its declared length (null when it
 * declares none), its bytes when it has no stream to read, or why it is refused.
 */
export async function sizedResponse(
  response: Response,
  maxBytes: number,
): Promise<
  { readonly total: number | null; readonly body: ReadableStream<Uint8Array> } | { readonly bytes: Uint8Array } | { readonly issue: Issue }
> {
  const declared = Number(response.headers.get("content-length"));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (total !== null && total > maxBytes) {
    void response.body?.cancel();
    return { issue: tooLarge(total, maxBytes) };
  }
  if (response.body) return { total, body: response.body };
  const bytes = new Uint8Array(await response.arrayBuffer());
  return bytes.length > maxBytes ? { issue: tooLarge(bytes.length, maxBytes) } : { bytes };
}

/** Reads a response body as text, refusing it as soon as it passes maxBytes. */
export async function readLimited(response: Response, maxBytes: number, onProgress?: Progress): Promise<Read> {
  const sized = await sizedResponse(response, maxBytes);
  if ("issue" in sized) return sized;
  if ("body" in sized) return readStream(sized.body, maxBytes, sized.total, onProgress);
  const decoded = decodeBytes(sized.bytes);
  return "issue" in decoded ? decoded : { text: decoded.text, notes: decoded.notes };
}

/** Text read, with notes about its encoding (UTF-16 is said), or why it was refused. */
export type Read = { readonly text: string; readonly notes: readonly Issue[] } | { readonly issue: Issue };

/** A byte stream (a File's or a response's) -> text, with progress and the cap checked per chunk. */
export async function readStream(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  total: number | null,
  onProgress?: Progress,
): Promise<Read> {
  const decoder = createStreamDecoder();
  const stopped = await pumpStream(body, maxBytes, total, (chunk) => decoder.push(chunk), onProgress);
  if (stopped) return { issue: stopped };
  const decoded = decoder.end();
  return "issue" in decoded ? decoded : { text: decoded.text, notes: decoded.notes };
}

/**
 * Hands a stream's chunks to `take` with progress and the cap checked per chunk; stops at the first
 * refusal (take's, the cap's or a broken stream's) and says it, or null when the stream ended.
 */
export async function pumpStream(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  total: number | null,
  take: (chunk: Uint8Array) => Issue | null,
  onProgress?: Progress,
): Promise<Issue | null> {
  const reader = body.getReader();
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return null;
      loaded += value.byteLength;
      const refused = loaded > maxBytes ? tooLarge(loaded, maxBytes) : take(value);
      if (refused) {
        await reader.cancel();
        return refused;
      }
      onProgress?.(loaded, total);
    }
  } catch (error) {
    return { severity: "error", path: "", message: `reading stopped (${error instanceof Error ? error.message : String(error)})` };
  }
}
