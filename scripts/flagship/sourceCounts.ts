// The flagship's source figures for docs/flagship-data.md and the generator's console line: links by
// kind, repeats left out, deals whose every link is a copy. Counts only; changes nothing.
import { csvParse } from "d3-dsv";
import { sourceSite, type SourceKind } from "../../src/io/sourceSite";
import { parseSources, type SourceObject } from "./sources";

export interface SourceCounts {
  readonly links: number;
  readonly byKind: Readonly<Record<SourceKind, number>>;
  /** Links of the research tables left out because they repeat an article within the same deal. */
  readonly repeats: number;
  /** Deals whose every link opens a copy, none the publication's own site. */
  readonly dealsOnlyCopies: number;
}

export function countSources(dealsCsv: string): SourceCounts {
  const byKind: Record<SourceKind, number> = { original: 0, copy: 0, unverified: 0 };
  let links = 0;
  let repeats = 0;
  let dealsOnlyCopies = 0;
  for (const row of csvParse(dealsCsv)) {
    const parsed = parseSources(row["sources"] ?? "");
    repeats += parsed.repeats;
    const kinds = parsed.sources.map((source: SourceObject) => sourceSite(source).kind);
    for (const kind of kinds) byKind[kind]++;
    links += kinds.length;
    if (kinds.length > 0 && kinds.every((kind) => kind === "copy")) dealsOnlyCopies++;
  }
  return { links, byKind, repeats, dealsOnlyCopies };
}
