// The current view (after filters) as a file: format v1 JSON, CSV (the table's columns) or GEXF.
// Importing the file gives back the same deals and organisations. Pure: builds text, never downloads.
import { MultiGraph } from "graphology";
import { visibleDealRows } from "../filter/rows";
import type { VisibleSet } from "../filter/visible";
import type { Dataset } from "../io/parse";
import type { Model } from "../model/model";
import { toCsv } from "./csv";

/** graphology-gexf's write (browser or node entry: the same writer); injected, as the entries differ in what they load. */
export type GexfWrite = (graph: MultiGraph<Attributes, Attributes>, options: { pretty: boolean; version: "1.3" }) => string;

export const VIEW_FORMATS = ["json", "csv", "gexf"] as const;
export type ViewFormat = (typeof VIEW_FORMATS)[number];

/** The visible deals, whole, and the organisations they join, in data order. */
export function viewDataset(model: Model, visible: VisibleSet): Dataset {
  const { nodes, deals, meta } = model.dataset;
  const keptDeals = deals.filter((_deal, d) => visible.dealVisible[d] === 1);
  const used = new Set<string>();
  for (const deal of keptDeals) used.add(deal.investor).add(deal.target);
  return { meta, nodes: nodes.filter((node) => used.has(node.id)), deals: keptDeals };
}

export function toJsonText(dataset: Dataset): string {
  return `${JSON.stringify({ format: "investment-graph", version: 1, meta: dataset.meta, nodes: dataset.nodes, deals: dataset.deals }, null, 1)}\n`;
}

type Attributes = Record<string, string | number | boolean>;

/** Drops absent values; objects and arrays go as JSON text (GEXF attributes are flat). */
function flat(record: object): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue;
    out[key] = typeof value === "object" ? JSON.stringify(value) : (value as string | number | boolean);
  }
  return out;
}

/** GEXF through graphology-gexf's writer: nodes keyed by position (ids kept as an attribute), one edge per deal. */
export function toGexfText(dataset: Dataset, write: GexfWrite): string {
  const graph = new MultiGraph<Attributes, Attributes>({ type: "directed", allowSelfLoops: true });
  const keyOf = new Map<string, string>();
  dataset.nodes.forEach((node, i) => {
    keyOf.set(node.id, `n${i}`);
    graph.addNode(`n${i}`, flat(node));
  });
  dataset.deals.forEach((deal, i) => {
    const source = keyOf.get(deal.investor);
    const target = keyOf.get(deal.target);
    if (source !== undefined && target !== undefined) graph.addDirectedEdgeWithKey(`d${i}`, source, target, flat(deal));
  });
  const { title, description, credit, updated } = dataset.meta;
  graph.replaceAttributes(flat({ title, description, credit, updated }));
  return write(graph, { pretty: true, version: "1.3" });
}

export function viewFile(model: Model, visible: VisibleSet, format: ViewFormat, write: GexfWrite): { fileName: string; type: string; text: string } {
  const base = (model.dataset.meta.title || "view").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").toLowerCase().slice(0, 60) || "view";
  if (format === "csv") return { fileName: `${base}-view.csv`, type: "text/csv", text: toCsv(visibleDealRows(model, visible)) };
  const dataset = viewDataset(model, visible);
  if (format === "gexf") return { fileName: `${base}-view.gexf`, type: "application/gexf+xml", text: toGexfText(dataset, write) };
  return { fileName: `${base}-view.json`, type: "application/json", text: toJsonText(dataset) };
}
