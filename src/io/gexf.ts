// GEXF (Gephi's format) -> Dataset through graphology-gexf. The XML parser is injected: the browser's
// DOMParser on the page, @xmldom in Node. Node ids are escaped before graphology sees them.
import { MultiGraph } from "graphology";
import { datasetFromSerialisedGraph } from "./graphImport";
import type { ParseResult } from "./parse";

/** graphology-gexf's parse, from its browser or node entry (same signature). */
export type GexfParse = (graph: typeof MultiGraph, source: Document) => { export(): unknown };

export interface XmlTools {
  readonly parseXml: (text: string) => Document | undefined;
  readonly gexfParse: GexfParse;
}

// graphology keeps adjacency in plain objects and calls hasOwnProperty on them: an id such as
// "__proto__" or "hasOwnProperty" would corrupt them. Prefixed keys never name an Object property.
const PREFIX = "n:";
const unescapeKey = (key: string): string => (key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key);

export function looksLikeGexf(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<gexf[\s>]/.test(text.slice(0, 4096));
}

export function parseGexfText(text: string, title: string, tools: XmlTools): ParseResult {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    return refuse("GEXF with a DOCTYPE or entities is refused (they can expand without limit)");
  }
  let serialised: unknown;
  try {
    const xml = tools.parseXml(text);
    // Parsers differ: browsers put a <parsererror> in the document, @xmldom may return nothing.
    const parserError = xml?.getElementsByTagName("parsererror")[0];
    if (!xml?.documentElement || parserError)
      return refuse(`not valid XML${parserError ? `: ${(parserError.textContent ?? "").trim().slice(0, 200)}` : ""}`);
    const elements = (name: string): Element[] => Array.from(xml.getElementsByTagName(name));
    for (const node of elements("node")) if (node.hasAttribute("id")) node.setAttribute("id", PREFIX + node.getAttribute("id"));
    for (const edge of elements("edge")) {
      for (const end of ["source", "target"]) if (edge.hasAttribute(end)) edge.setAttribute(end, PREFIX + edge.getAttribute(end));
    }
    serialised = tools.gexfParse(MultiGraph, xml).export();
  } catch (error) {
    return refuse(`not a GEXF graph graphology can read: ${reason(error)}`);
  }
  return datasetFromSerialisedGraph(serialised, title, unescapeKey);
}

function refuse(message: string): ParseResult {
  return { dataset: null, issues: [{ severity: "error", path: "(document)", message }] };
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}
