// Reads the research tables' source strings ("Publication — 'title' (date) URL ; URL2 | ...") into
// format-v1 source objects: one per link, each keeping its publication, title and date.

export interface SourceObject {
  publisher?: string;
  title?: string;
  date?: string;
  url: string;
}

const URL_PATTERN = /https?:\/\/[^\s|;]+/g;
const DATE_PATTERN = /\((\d{4}(?:-\d{2}(?:-\d{2})?)?)\)/;

export function parseSources(text: string): SourceObject[] {
  const sources: SourceObject[] = [];
  for (const segment of text.split(" | ")) {
    const urls = [...segment.matchAll(URL_PATTERN)];
    if (urls.length === 0) continue;
    const first = urls[0];
    const head = segment.slice(0, first?.index ?? 0).trim();
    const [publisherPart, ...titleParts] = head.split(" — ");
    const publisher = tidy(publisherPart ?? "");
    const rest = titleParts.join(" — ");
    const date = DATE_PATTERN.exec(rest)?.[1] ?? DATE_PATTERN.exec(head)?.[1];
    const title = tidy(rest.replace(DATE_PATTERN, "").replace(/\s+mirrored at\s*$/i, "").replace(/^'|'$/g, "").replace(/'\s*$/, "").replace(/^'/, ""));
    urls.forEach((match, i) => {
      const url = match[0].replace(/[),.]+$/, "");
      // Text between two links names where the second one comes from ("; Verdict https://...").
      const between = i === 0 ? "" : tidy(segment.slice((urls[i - 1]?.index ?? 0) + (urls[i - 1]?.[0].length ?? 0), match.index ?? 0).replace(/^[\s;]+|[\s;]+$/g, ""));
      const from = between || publisher;
      sources.push({ ...(from ? { publisher: from } : {}), ...(title ? { title } : {}), ...(date ? { date } : {}), url });
    });
  }
  return sources;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
