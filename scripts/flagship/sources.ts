// Reads the research tables' source strings ("Publication — 'title' (date) URL ; URL2 | ...") into
// format-v1 source objects: one per article, publisher fields that name a publisher, originals first.
// Never changes a URL: a link is kept as written or, when it repeats an article, left out and counted.
import { hostOf, originalsFirst, publicationAt, sourceSite } from "../../src/io/sourceSite";

export interface SourceObject {
  publisher?: string;
  title?: string;
  date?: string;
  url: string;
}

export interface ParsedSources {
  readonly sources: SourceObject[];
  /** Remarks found where a publisher belongs ("(Yahoo copy misprints '20 billion yuan')"), for the deal's note. */
  readonly remarks: string[];
  /** Links left out because they repeat an article already listed for this deal. */
  readonly repeats: number;
}

/** What a junk publisher field becomes when the link's host is not a known publication's own site. */
export const UNKNOWN_PUBLISHER = "unknown publisher";

const URL_PATTERN = /https?:\/\/[^\s|;]+/g;
const DATE_PATTERN = /\((\d{4}(?:-\d{2}(?:-\d{2})?)?)[^)]*\)/;
const BARE_DATE = /\s*\(?\b(\d{4}-\d{2}(?:-\d{2})?)\b\)?/;
/** Words that describe a link rather than name who published it. */
const DESCRIPTOR = /^(summary|preview|mirror|copy|chinese original|report|analysis|court documents)\b/i;
const TRAILING_DESCRIPTOR = /\s*\b(mirrored at|mirror|preview:?|summary:?)\s*$/i;
/** "Bloomberg 'Alibaba Backs $2.8 Billion Firm'": a publisher followed by its own headline. */
const NAMED_HEADLINE = /^(.+?)\s+'(.+)'$/;

const tidy = (text: string): string => text.replace(/\s+/g, " ").trim();
const words = (text: string): number =>
  tidy(text.replace(/\([^)]*\)/g, ""))
    .split(" ")
    .filter(Boolean).length;

/**
 * A publisher field is junk when it is empty, a remark in parentheses, a word describing the link
 * ("summary:", "mirror", "Report"), or a headline: more than six words, or more than four when the
 * field is all the segment says (no separate title).
 */
export function isJunkPublisher(field: string, hasTitle: boolean): boolean {
  const text = tidy(field);
  return text === "" || text.startsWith("(") || DESCRIPTOR.test(text) || words(text) > 6 || (!hasTitle && words(text) > 4);
}

/** The name a junk publisher field is replaced by: the publication whose own site the link opens, or "unknown publisher". */
export function publisherFromHost(url: string): string {
  const host = hostOf(url);
  return (host && publicationAt(host)?.name) || UNKNOWN_PUBLISHER;
}

function cleanTitle(text: string): string {
  return tidy(tidy(text.replace(DATE_PATTERN, "")).replace(TRAILING_DESCRIPTOR, "").replace(/^'|'$/g, ""));
}

/** Same link: scheme, "www.", letter case of the host, a trailing slash and the fragment do not count. */
export function normaliseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/+$/, "");
    return `${parsed.hostname.toLowerCase().replace(/^www\./, "")}${path}${parsed.search}`;
  } catch {
    return url.trim();
  }
}

interface Segment {
  readonly publisher: string;
  readonly title: string;
  readonly date: string | undefined;
}

function readHead(head: string): Segment {
  const [publisherPart = "", ...titleParts] = head.split(" — ");
  const rest = titleParts.join(" — ");
  const date = DATE_PATTERN.exec(rest)?.[1] ?? DATE_PATTERN.exec(publisherPart)?.[1] ?? BARE_DATE.exec(publisherPart)?.[1];
  const hasTitle = cleanTitle(rest) !== "";
  const field = tidy(publisherPart.replace(DATE_PATTERN, "").replace(BARE_DATE, ""));
  // A headline where the publisher belongs becomes the title; the publisher is then found from the link.
  if (!hasTitle && isJunkPublisher(field, false)) return { publisher: "", title: cleanTitle(publisherPart), date };
  return { publisher: field, title: cleanTitle(rest), date };
}

function readSegment(segment: string, remarks: string[]): SourceObject[] {
  const urls = [...segment.matchAll(URL_PATTERN)];
  const first = urls[0];
  if (!first) return [];
  const head = readHead(segment.slice(0, first.index).trim());
  return urls.map((match, i) => {
    const url = match[0].replace(/[),.]+$/, "");
    const previous = urls[i - 1];
    // Text between two links names where the second one comes from ("; Verdict https://...").
    const between = previous
      ? tidy(segment.slice((previous.index ?? 0) + previous[0].length, match.index).replace(/^[\s;]+|[\s;]+$/g, ""))
      : "";
    let { publisher, title } = head;
    let date = head.date;
    const named = NAMED_HEADLINE.exec(between);
    if (named) {
      // Its own article: its own headline, and no date rather than the neighbour's.
      publisher = tidy(named[1] ?? "");
      title = tidy(named[2] ?? "");
      date = undefined;
    } else if (between) {
      if (between.startsWith("(")) remarks.push(`${between.replace(/^\(|\)$/g, "")} (${hostOf(url) ?? url})`);
      publisher = between;
    }
    // A name between two links stands on its own; only a segment's head can be a headline in disguise.
    if (isJunkPublisher(publisher, title !== "" || between !== "")) publisher = publisherFromHost(url);
    return { publisher, ...(title ? { title } : {}), ...(date ? { date } : {}), url };
  });
}

/**
 * One entry per article: a link repeating an earlier one (same normalised URL), or the same
 * publisher and title again, is left out; when the repeat is the publication's own site it takes
 * the earlier entry's place. Originals come first, then links of unlisted publishers, then copies.
 */
export function dedupeSources(sources: readonly SourceObject[]): { sources: SourceObject[]; repeats: number } {
  const kept: SourceObject[] = [];
  const byKey = new Map<string, number>();
  let repeats = 0;
  const rank = (source: SourceObject): number => ({ original: 0, unverified: 1, copy: 2 })[sourceSite(source).kind];
  for (const source of sources) {
    const keys = [
      `url ${normaliseUrl(source.url)}`,
      ...(source.title ? [`article ${(source.publisher ?? "").toLowerCase()}|${source.title.toLowerCase()}`] : []),
    ];
    const at = keys.map((key) => byKey.get(key)).find((index) => index !== undefined);
    if (at === undefined) {
      for (const key of keys) byKey.set(key, kept.length);
      kept.push(source);
      continue;
    }
    repeats++;
    const earlier = kept[at];
    if (earlier && rank(source) < rank(earlier)) kept[at] = source;
    for (const key of keys) byKey.set(key, at);
  }
  return { sources: originalsFirst(kept), repeats };
}

export function parseSources(text: string): ParsedSources {
  const remarks: string[] = [];
  const all = text.split(" | ").flatMap((segment) => readSegment(segment, remarks));
  const { sources, repeats } = dedupeSources(all);
  return { sources, remarks, repeats };
}
