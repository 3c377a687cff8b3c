// The published static site, planned as plain data and text: which files, where the data goes, the
// index.html the site opens with and the embed.html a newsroom pastes from. Used by `npm run publish`
// and by the app's Publish button alike. Pure; must not fetch, write or build HTML for the live page.
import "../words/toolWords";
import { computeVisible } from "../filter/visible";
import { DATA_META } from "../io/load";
import type { Dataset } from "../io/parse";
import type { Meta } from "../io/schema";
import type { Model } from "../model/model";
import { DEFAULT_FILTERS } from "../state/filters";
import { DEFAULT_FLAGS } from "../state/store";
import { describeView } from "../words/describeView";
import { ampSnippet, escapeHtml, htmlSnippet, type EmbedCodeInput } from "./embedCode";
import { toJsonText } from "./viewExport";

export { DATA_META } from "../io/load";
/** The list of the built app's files, written by the build next to index.html (vite.config.ts). */
export const SITE_FILES = "site-files.json";
/** Stands in for the site's address in embed.html until the newsroom knows it (or passes --url). */
export const PLACEHOLDER_URL = "https://your-site.example/REPLACE-WITH-THE-ADDRESS-OF-THIS-FOLDER/";

const NOSCRIPT_START = "<!-- explorer:noscript -->";
const NOSCRIPT_END = "<!-- /explorer:noscript -->";

export interface SiteFile {
  /** Path inside the site folder, relative, forward slashes. */
  readonly path: string;
  /** app: copied from the built app as is; the rest are made for this site. */
  readonly source: "app" | "index" | "data" | "embed" | "fallback";
}

/** A relative path that stays inside the folder: no scheme, no leading slash, no "..", no backslash. */
export function isSitePath(path: string): boolean {
  return (
    path.length > 0 &&
    !/^[a-z][a-z0-9+.-]*:|^\/|\\/i.test(path) &&
    !path.split("/").some((part) => part === ".." || part === "." || part === "")
  );
}

/** "My story: 2026!" -> "data/my-story-2026.json"; never empty, never a path outside data/. */
export function dataPathFor(name: string): string {
  const stem = name
    .replace(/\.[a-z0-9]{1,5}$/i, "")
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 60);
  return `data/${stem || "story"}.json`;
}

/**
 * Every file of the site: the app's own (minus its sample data, source maps and the file list),
 * then the ones made for this story. Throws on an app path that would leave the folder.
 */
export function sitePlan(appFiles: readonly string[], dataPath: string): SiteFile[] {
  if (!isSitePath(dataPath)) throw new Error(`data path "${dataPath}" must be relative and inside the site`);
  const made = new Set(["index.html", "embed.html", "fallback.png", dataPath]);
  const plan: SiteFile[] = [];
  for (const path of appFiles) {
    if (!isSitePath(path)) throw new Error(`${SITE_FILES}: "${path}" is not a relative path inside the site`);
    if (made.has(path) || path === SITE_FILES || path.startsWith("data/") || path.endsWith(".map")) continue;
    plan.push({ path, source: "app" });
  }
  plan.push(
    { path: "index.html", source: "index" },
    { path: dataPath, source: "data" },
    { path: "embed.html", source: "embed" },
    { path: "fallback.png", source: "fallback" },
  );
  return plan;
}

/** Reads the build's file list; anything but an array of strings is refused with its place. */
export function readSiteFiles(text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${SITE_FILES} is not JSON: the app was not built with its file list (npm run build)`);
  }
  if (!Array.isArray(json) || !json.every((entry): entry is string => typeof entry === "string"))
    throw new Error(`${SITE_FILES} must be an array of file paths`);
  return json;
}

export interface PageText {
  readonly title: string;
  readonly description: string;
  /** The picture's words: what a reader without JavaScript (or a search engine) gets. */
  readonly summary: string;
}

/** The page's words for a dataset (with the editor's meta, if any): in English, as the page's first language. */
export function pageTextFor(model: Model, meta: Meta = model.dataset.meta): PageText {
  const visible = computeVisible(model.index, model.dataset.nodes.length, DEFAULT_FILTERS);
  return { title: meta.title, description: meta.description ?? "", summary: describeView(DEFAULT_FILTERS, model, visible, "en") };
}

/** The site's data file: format v1 with every node's position as shown, so the embed never lays out. */
export function publishedDataText(dataset: Dataset, positions: ReadonlyArray<readonly [number, number]>): string {
  if (positions.length !== dataset.nodes.length) throw new Error(`${positions.length} positions for ${dataset.nodes.length} nodes`);
  const nodes = dataset.nodes.map((node, i) => {
    const [x, y] = positions[i] ?? [0, 0];
    return { ...node, x, y };
  });
  return toJsonText({ ...dataset, nodes });
}

/**
 * The built index.html with the site's dataset, title and no-JavaScript block. The template's marked
 * parts are replaced whole; everything inserted is escaped. Throws when the template lacks a mark.
 */
export function publishedIndexHtml(template: string, dataPath: string, text: PageText): string {
  if (!isSitePath(dataPath)) throw new Error(`data path "${dataPath}" must be relative and inside the site`);
  const start = template.indexOf(NOSCRIPT_START);
  const end = template.indexOf(NOSCRIPT_END);
  const meta = new RegExp(`<meta name="${DATA_META}" content="[^"]*"\\s*/?>`);
  if (start < 0 || end < start || !meta.test(template))
    throw new Error(`index.html lacks the ${DATA_META} meta tag or the ${NOSCRIPT_START} block: is it this app's build?`);
  const block = noscriptBlock(text);
  return (template.slice(0, start) + block + template.slice(end + NOSCRIPT_END.length))
    .replace(meta, () => `<meta name="${DATA_META}" content="${escapeHtml(dataPath)}" />`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(text.title)}</title>`)
    .replace(
      /<meta name="description" content="[^"]*"\s*\/?>/,
      () => `<meta name="description" content="${escapeHtml(text.description || text.summary)}" />`,
    );
}

/** What index.html's <noscript> holds: the fallback picture, the title, the description and the summary in words. */
export function noscriptBlock(text: PageText): string {
  const lines = [
    NOSCRIPT_START,
    `<div class="no-js">`,
    `  <h1>${escapeHtml(text.title)}</h1>`,
    text.description ? `  <p>${escapeHtml(text.description)}</p>` : "",
    `  <img src="fallback.png" alt="${escapeHtml(text.summary)}" width="1200" height="675" />`,
    `  <p>${escapeHtml(text.summary)}</p>`,
    `</div>`,
    NOSCRIPT_END,
  ];
  return lines.filter(Boolean).join("\n      ");
}

export interface EmbedPageInput {
  readonly title: string;
  readonly summary: string;
  /** The folder's public address (https://…/), or null when not known yet: a marked placeholder goes in. */
  readonly siteUrl: string | null;
}

/** The code to paste, for the site's address (or the placeholder). */
export function embedCodeFor(input: EmbedPageInput): { html: string; amp: string; url: string } {
  const url = input.siteUrl ?? PLACEHOLDER_URL;
  const code: EmbedCodeInput = {
    pageUrl: url,
    flags: DEFAULT_FLAGS,
    title: `Interactive network: ${input.title}`,
    alt: input.summary,
    pictureUrl: new URL("fallback.png", url).href,
    height: 640,
  };
  return { html: htmlSnippet(code), amp: ampSnippet(code), url };
}

/** embed.html: the code to paste (iframe with noscript picture, and AMP), and a live preview of the embed. */
export function embedPageHtml(input: EmbedPageInput): string {
  const { html, amp } = embedCodeFor(input);
  const note = input.siteUrl
    ? `<p>The code points at <code>${escapeHtml(input.siteUrl)}</code>. Serve this folder there as plain static files.</p>`
    : `<p><strong>Replace <code>${escapeHtml(PLACEHOLDER_URL)}</code></strong> in the code below with the address where you serve this folder (ending in <code>/</code>), or run <code>npm run publish</code> again with <code>--url https://…/</code>.</p>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Embed: ${escapeHtml(input.title)}</title>
  </head>
  <body>
    <h1>Embed: ${escapeHtml(input.title)}</h1>
    ${note}
    <h2>Web page</h2>
    <p>Paste where the graphic goes; the script keeps the frame as tall as its content. Readers without JavaScript see <code>fallback.png</code>.</p>
    <textarea id="code-html" readonly rows="6" cols="100" aria-label="Code for a web page">${escapeHtml(html)}</textarea>
    <h2>AMP page</h2>
    <textarea id="code-amp" readonly rows="6" cols="100" aria-label="Code for an AMP page">${escapeHtml(amp)}</textarea>
    <h2>Preview</h2>
    <p>The embed as served from this folder: <a href="./?embed=1">open it alone</a>, or <a href="./">the full explorer</a>.</p>
    <iframe data-explorer-embed src="./?embed=1" title="${escapeHtml(`Interactive network: ${input.title}`)}" loading="lazy" scrolling="no" width="100%" height="640" frameborder="0"></iframe>
    <script src="embed.js" async></script>
  </body>
</html>
`;
}
