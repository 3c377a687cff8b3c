// The current view (after filters) as a file: format v1 JSON, CSV (ids, labels, counted amounts) or
// GEXF. Importing the file gives back the same figures under the same filters. Pure: builds text.
import { MultiGraph } from "graphology";
import { formLabel } from "../config/forms";
import { dealCells } from "../filter/rows";
import { formSetOf, type FormSet, type VisibleSet } from "../filter/visible";
import type { Dataset } from "../io/parse";
import { formMetaOf, type DealRecord, type Meta } from "../io/schema";
import type { DealIndex } from "../model/dealIndex";
import type { Model } from "../model/model";
import { DEFAULT_FILTERS, type FilterState } from "../state/filters";
import { writeUrlState } from "../state/url";
import { toCsvTable } from "./csv";

/** graphology-gexf's write (browser or node entry: the same writer); injected, as the entries differ in what they load. */
export type GexfWrite = (graph: MultiGraph<Attributes, Attributes>, options: { pretty: boolean; version: "1.3" }) => string;

export const VIEW_FORMATS = ["json", "csv", "gexf"] as const;
export type ViewFormat = (typeof VIEW_FORMATS)[number];

/**
 * A visible deal as the view counts it: under a form filter a split deal keeps only its matching
 * parts (what the parts leave unexplained is a part of the deal's own form), and its amount is
 * their sum, so the file re-imports to the view's figures (issue 13).
 */
function countedDeal(deal: DealRecord, d: number, index: DealIndex, selected: FormSet, counted: number): DealRecord {
  const start = index.partStart[d] ?? 0;
  const end = index.partStart[d + 1] ?? 0;
  // Without a form filter, or without parts, a deal counts whole: as it is.
  if (start === end || selected.every((on) => on === 1)) return deal;
  const parts: Array<{ form: string; amountUsd: number | null }> = [];
  for (let p = start; p < end; p++) {
    const form = index.partForm[p] ?? 0;
    if (selected[form] !== 1) continue;
    const amount = index.partAmount[p] ?? Number.NaN;
    parts.push({ form: index.forms[form] ?? deal.form, amountUsd: Number.isNaN(amount) ? null : amount });
  }
  return { ...deal, form: parts[0]?.form ?? deal.form, amountUsd: Number.isNaN(counted) ? null : counted, parts };
}

/** The filter state as URL parameters (DESIGN.md section 3), kept in meta.view; forms only those in the file. */
export function viewParameters(filters: FilterState, formsInFile: readonly string[]): string {
  const present = new Set(formsInFile);
  const forms = filters.forms === null ? null : filters.forms.filter((form) => present.has(form));
  return writeUrlState(new URLSearchParams(), { filters: { ...filters, forms }, focus: null, lang: "en", compare: null }).toString();
}

/** The visible deals as the view counts them, the organisations they join (data order), and the filter state. */
export function viewDataset(model: Model, visible: VisibleSet, filters: FilterState = DEFAULT_FILTERS): Dataset {
  const { nodes, deals, meta } = model.dataset;
  const selected = formSetOf(model.index, filters.forms);
  const keptDeals: DealRecord[] = [];
  deals.forEach((deal, d) => {
    if (visible.dealVisible[d] === 1) keptDeals.push(countedDeal(deal, d, model.index, selected, visible.dealAmount[d] ?? Number.NaN));
  });
  const used = new Set<string>();
  const forms = new Set<string>();
  for (const deal of keptDeals) {
    used.add(deal.investor).add(deal.target);
    for (const part of deal.parts ?? [deal]) forms.add(part.form);
  }
  const view = viewParameters(filters, [...forms]);
  const { view: _previous, ...rest } = meta;
  const withView: Meta = view ? { ...rest, view } : rest;
  return { meta: withView, nodes: nodes.filter((node) => used.has(node.id)), deals: keptDeals };
}

export function toJsonText(dataset: Dataset): string {
  return `${JSON.stringify({ format: "investment-graph", version: 1, meta: dataset.meta, nodes: dataset.nodes, deals: dataset.deals }, null, 1)}\n`;
}

type Attributes = Record<string, string | number | boolean>;

// XML 1.0 forbids C0 controls other than tab, line feed and carriage return, U+FFFE, U+FFFF and
// lone surrogates; a file holding one does not load anywhere. They become U+FFFD (issue 17).
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "\uFFFD");
}

/** Drops absent values; objects and arrays go as JSON text (GEXF attributes are flat); text made XML-safe. */
function flat(record: object): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue;
    const item = typeof value === "object" ? JSON.stringify(value) : (value as string | number | boolean);
    out[xmlSafe(key)] = typeof item === "string" ? xmlSafe(item) : item;
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
  const { title, description, credit, updated, forms, view } = dataset.meta;
  graph.replaceAttributes(flat({ title, description, credit, updated, forms, view }));
  return write(graph, { pretty: true, version: "1.3" });
}

/** The view CSV's columns: the table's, plus ids (two organisations may share a name) and form labels. */
export const VIEW_CSV_COLUMNS = [
  "deal",
  "investor",
  "investor_id",
  "startup",
  "startup_id",
  "date",
  "round",
  "amount_usd",
  "amount_shown_usd",
  "form",
  "form_label",
  "parts",
  "lead",
  "confidence",
  "sources",
] as const;

export function toViewCsv(dataset: Dataset): string {
  const labelOf = new Map(dataset.nodes.map((node) => [node.id, node.label]));
  const rows = dataset.deals.map((deal) => {
    const cells = dealCells(deal);
    const row: Record<(typeof VIEW_CSV_COLUMNS)[number], string> = {
      ...cells,
      deal: deal.id,
      investor: labelOf.get(deal.investor) ?? deal.investor,
      investor_id: deal.investor,
      startup: labelOf.get(deal.target) ?? deal.target,
      startup_id: deal.target,
      amount_shown_usd: cells.amount_usd,
      form_label: formLabel(deal.form, formMetaOf(dataset.meta, deal.form)?.label),
    };
    return VIEW_CSV_COLUMNS.map((column) => row[column]);
  });
  return toCsvTable(VIEW_CSV_COLUMNS, rows);
}

export function viewFile(
  model: Model,
  visible: VisibleSet,
  format: ViewFormat,
  write: GexfWrite,
  filters: FilterState = DEFAULT_FILTERS,
): { fileName: string; type: string; text: string } {
  const base =
    (model.dataset.meta.title || "view")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase()
      .slice(0, 60) || "view";
  const dataset = viewDataset(model, visible, filters);
  if (format === "csv") return { fileName: `${base}-view.csv`, type: "text/csv", text: toViewCsv(dataset) };
  if (format === "gexf") return { fileName: `${base}-view.gexf`, type: "application/gexf+xml", text: toGexfText(dataset, write) };
  return { fileName: `${base}-view.json`, type: "application/json", text: toJsonText(dataset) };
}
