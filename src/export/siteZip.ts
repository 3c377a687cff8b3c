// The app's Publish button: the same static folder as `npm run publish`, as a zip made in the page.
// The app's own files are fetched from where it is served (listed by the build's site-files.json).
// Must not: send anything anywhere (only reads this site's own files) or build HTML for the live page.
import { zipSync, strToU8 } from "fflate";
import type { Dataset } from "../io/parse";
import type { Model } from "../model/model";
import {
  dataPathFor,
  embedPageHtml,
  pageTextFor,
  publishedDataText,
  publishedIndexHtml,
  readSiteFiles,
  sitePlan,
  SITE_FILES,
} from "./site";

export interface SiteZipInput {
  /** The app's folder URL (document.baseURI), where index.html and site-files.json are. */
  readonly appUrl: string;
  readonly model: Model;
  /** The dataset with the editor's words and story. */
  readonly dataset: Dataset;
  /** Node positions as shown, in data order. */
  readonly positions: ReadonlyArray<readonly [number, number]>;
  /** The fallback picture (the PNG export of the view). */
  readonly fallbackPng: Uint8Array;
  /** A name for the data file ("deals.csv" -> data/deals.json). */
  readonly name: string;
  readonly fetch?: typeof fetch;
  readonly onProgress?: (done: number, total: number) => void;
}

async function fetchBytes(fetchImpl: typeof fetch, url: URL): Promise<Uint8Array> {
  const response = await fetchImpl(url, { credentials: "same-origin", cache: "no-cache" });
  if (!response.ok) throw new Error(`${url.pathname}: the server answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The zip's entries, path -> bytes, in the order of the site plan. */
export async function siteEntries(input: SiteZipInput): Promise<Record<string, Uint8Array>> {
  const fetchImpl = input.fetch ?? fetch;
  const base = new URL(".", input.appUrl);
  const listed = await fetchBytes(fetchImpl, new URL(SITE_FILES, base)).catch((error: unknown) => {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}: this copy of the app has no file list (is it \`npm run dev\`?); publish from a built copy (npm run build) or with npm run publish`,
    );
  });
  const list = readSiteFiles(new TextDecoder().decode(listed));
  const dataPath = dataPathFor(input.name);
  const text = pageTextFor(input.model, input.dataset.meta);
  const plan = sitePlan(list, dataPath);
  const entries: Record<string, Uint8Array> = {};
  let done = 0;
  for (const file of plan) {
    if (file.source === "app") entries[file.path] = await fetchBytes(fetchImpl, new URL(file.path, base));
    else if (file.source === "index")
      entries[file.path] = strToU8(
        publishedIndexHtml(new TextDecoder().decode(await fetchBytes(fetchImpl, new URL("index.html", base))), dataPath, text),
      );
    else if (file.source === "data") entries[file.path] = strToU8(publishedDataText(input.dataset, input.positions));
    else if (file.source === "embed")
      entries[file.path] = strToU8(embedPageHtml({ title: text.title, summary: text.summary, siteUrl: null }));
    else entries[file.path] = input.fallbackPng;
    input.onProgress?.(++done, plan.length);
  }
  return entries;
}

/** The site as one zip (folder "site/" inside, so unzipping never scatters files). */
export async function siteZip(input: SiteZipInput): Promise<Uint8Array> {
  const entries = await siteEntries(input);
  const nested: Record<string, Uint8Array> = {};
  for (const [path, bytes] of Object.entries(entries)) nested[`site/${path}`] = bytes;
  // PNGs and compressed fonts gain nothing from deflate; text (JS, JSON, HTML) shrinks several-fold.
  return zipSync(nested, { level: 6 });
}
