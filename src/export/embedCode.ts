// The code a newsroom pastes to embed the current view: an iframe with the resize loader and a
// <noscript> picture, or an AMP amp-iframe with a placeholder picture. Pure string building, no DOM.
// Must not: let a data string (the title) out of its attribute: everything is escaped.
import { writeFlags } from "../state/flags";
import type { DataSource, RenderFlags } from "../state/store";

export interface EmbedCodeInput {
  /** The app page's URL with the current view's parameters (what the address bar shows). */
  readonly pageUrl: string;
  readonly flags: RenderFlags;
  /** The iframe's accessible name. */
  readonly title: string;
  /** Alternative text of the fallback picture. */
  readonly alt: string;
  /** Where the fallback picture will be published (absolute or relative to the article). */
  readonly pictureUrl: string;
  /** First height in CSS pixels, until the embed reports its own. */
  readonly height: number;
}

/** Escapes text for a double-quoted HTML attribute or element content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** The view's URL in embed mode, with the chosen flags and (if absolute http(s)) the fallback picture; no hash. */
export function embedSrc(pageUrl: string, flags: RenderFlags, pictureUrl = ""): string {
  const url = new URL(pageUrl);
  const params = writeFlags(url.searchParams, flags);
  params.set("embed", "1");
  // Without WebGL the embed shows this picture (ui/fallback.ts); a relative one would resolve against the app, not the article.
  params.delete("picture");
  if (/^https?:\/\//.test(pictureUrl)) params.set("picture", pictureUrl);
  url.search = params.toString();
  url.hash = "";
  return url.href;
}

/** embed.js next to the app's index.html (the app may live in a sub-folder). */
export function loaderUrl(pageUrl: string): string {
  return new URL("embed.js", new URL(pageUrl)).href;
}

export function htmlSnippet(input: EmbedCodeInput): string {
  const src = escapeHtml(embedSrc(input.pageUrl, input.flags, input.pictureUrl));
  return [
    `<iframe data-explorer-embed src="${src}" title="${escapeHtml(input.title)}" loading="lazy" scrolling="no" style="display: block; width: 100%; height: ${Math.round(input.height)}px; border: 0;"></iframe>`,
    `<noscript><img src="${escapeHtml(input.pictureUrl)}" alt="${escapeHtml(input.alt)}" style="display: block; width: 100%; height: auto;"></noscript>`,
    `<script src="${escapeHtml(loaderUrl(input.pageUrl))}" async></script>`,
  ].join("\n");
}

/** AMP: amp-iframe resizes on the embed's "embed-size" message; the picture shows until it loads. */
export function ampSnippet(input: EmbedCodeInput): string {
  const src = escapeHtml(embedSrc(input.pageUrl, input.flags, input.pictureUrl));
  return [
    `<amp-iframe src="${src}" title="${escapeHtml(input.title)}" width="4" height="3" layout="responsive" resizable frameborder="0" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox">`,
    `  <button overflow type="button">${escapeHtml("Show the whole graph")}</button>`,
    `  <amp-img placeholder layout="fill" src="${escapeHtml(input.pictureUrl)}" alt="${escapeHtml(input.alt)}"></amp-img>`,
    `</amp-iframe>`,
  ].join("\n");
}

/** `npm run snapshot` for the same view, to publish the fallback picture. */
export function snapshotCommand(pageUrl: string, fileName: string): string {
  const params = new URLSearchParams(new URL(pageUrl).searchParams);
  const data = params.get("data");
  params.delete("data");
  for (const key of ["embed", "dark", "plain", "static", "transparent", "picture"]) params.delete(key);
  const state = params.toString();
  const quote = (text: string): string => `'${text.replace(/'/g, "'\\''")}'`;
  return [
    "npm run snapshot --",
    data ? `--data ${quote(data)}` : "",
    state ? `--state ${quote(state)}` : "",
    `--out ${quote(fileName)}`,
    "--size 1200x675",
    "--scale 2",
  ]
    .filter(Boolean)
    .join(" ");
}

/** Host names that mean "this computer": a reader's browser would look on their own machine. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || /^127\./.test(host) || host === "::1" || host === "0.0.0.0";
}

/**
 * Whether embed code for the shown data can work, and the page URL it should carry:
 * - `unpublished`: the data is a file opened on this computer; no URL shows it (publish it first);
 * - otherwise the app's URL with the data's own `data=` (the site's dataset needs none), and
 *   `thisComputer` when that URL (app or data) points at localhost, so the code must be edited.
 */
export type EmbedTarget =
  | { readonly kind: "unpublished"; readonly name: string }
  | { readonly kind: "ready"; readonly pageUrl: string; readonly thisComputer: string | null; readonly dataUrl: string | null };

export function embedTarget(pageUrl: string, source: DataSource | null): EmbedTarget {
  if (source?.kind === "file") return { kind: "unpublished", name: source.name };
  const url = new URL(pageUrl);
  url.hash = "";
  let dataUrl: string | null = null;
  if (source?.kind === "url") {
    url.searchParams.set("data", source.location);
    dataUrl = new URL(source.location, url).href;
  } else url.searchParams.delete("data");
  const local = [url, ...(dataUrl ? [new URL(dataUrl)] : [])].find((candidate) => isLocalHost(candidate.hostname));
  return { kind: "ready", pageUrl: url.href, thisComputer: local ? local.host : null, dataUrl };
}

/** `npm run publish` for a file opened on this computer (the file name is a hint: it lives where the reader put it). */
export function publishCommand(fileName: string): string {
  const quote = (text: string): string => `'${text.replace(/'/g, "'\\''")}'`;
  return `npm run publish -- ${quote(fileName)} --out site`;
}
