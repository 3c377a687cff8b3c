// graphology's serialised JSON ({ attributes, nodes: [{ key, attributes }], edges: [...] }) -> Dataset:
// every edge is one deal. Rows are rebuilt as format v1 and checked by the same validator. Pure.
import { readAmount, readDate } from "./csvCells";
import type { Issue } from "./issues";
import { parseInvestmentGraph, type ParseResult } from "./parse";

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row => typeof value === "object" && value !== null && !Array.isArray(value);
const own = (row: Row, key: string): unknown => (Object.prototype.hasOwnProperty.call(row, key) ? row[key] : undefined);
const rowAt = (row: Row, key: string): Row => {
  const value = own(row, key);
  return isRow(value) ? value : {};
};
const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;

/** Looks like graphology's export: an object with a `nodes` array whose items have a `key`. */
export function isSerialisedGraph(json: unknown): boolean {
  if (!isRow(json)) return false;
  const nodes = own(json, "nodes");
  return Array.isArray(nodes) && (nodes.length === 0 || (isRow(nodes[0]) && own(nodes[0], "key") !== undefined));
}

/** Values that arrive as JSON text inside GEXF attributes (parts, sources, labels). */
function structured(value: unknown): unknown {
  if (typeof value !== "string" || !/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function amountOf(value: unknown, place: string, issues: Issue[]): number | null | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "number") return value; // the validator rejects NaN, Infinity and negatives with their place
  const read =
    typeof value === "string" ? readAmount(value) : { ok: false as const, reason: `amount of type ${typeof value} is not a number` };
  if (read.ok) return read.value;
  issues.push({ severity: "warning", path: place, message: `${read.reason}; kept as undisclosed` });
  return null;
}

function dateOf(value: unknown, place: string, issues: Issue[]): string | null | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  const read = readDate(raw);
  if (read.ok) return read.value;
  issues.push({ severity: "warning", path: place, message: `${read.reason}; kept as undated` });
  return null;
}

const NODE_FIELDS = ["category", "sector", "country", "city", "url", "note"] as const;
const DEAL_FIELDS = ["round", "confidence", "note", "amountQualifier"] as const;

export function datasetFromSerialisedGraph(json: unknown, title: string, keyOf: (key: string) => string = (key) => key): ParseResult {
  if (!isRow(json) || !Array.isArray(own(json, "nodes"))) {
    return {
      dataset: null,
      issues: [{ severity: "error", path: "(document)", message: "not a graphology graph: expected { nodes: [...], edges: [...] }" }],
    };
  }
  const graphAttributes = rowAt(json, "attributes");
  const rawNodes = own(json, "nodes") as unknown[];
  const rawEdges = own(json, "edges");
  const edges: unknown[] = Array.isArray(rawEdges) ? rawEdges : [];
  const issues: Issue[] = [];

  // Our GEXF export keys nodes by position and keeps the id as an attribute (graphology cannot
  // hold ids like "__proto__" as keys); other files use the key itself.
  const idOfKey = new Map<string, string>();
  for (const raw of rawNodes) {
    if (!isRow(raw)) continue;
    const key = text(own(raw, "key"));
    const id = text(own(rowAt(raw, "attributes"), "id"));
    if (key !== undefined) idOfKey.set(keyOf(key), id ?? keyOf(key));
  }
  const endOf = (value: unknown): string => {
    const key = keyOf(String(value));
    return idOfKey.get(key) ?? key;
  };
  // Nodes that receive an edge are startups unless the data says otherwise.
  const targets = new Set<string>();
  for (const edge of edges) if (isRow(edge)) targets.add(endOf(own(edge, "target")));

  const nodes = rawNodes.map((raw, i) => {
    if (!isRow(raw)) return raw;
    const key = text(own(raw, "key"));
    if (key === undefined) return { id: undefined };
    const id = endOf(key);
    const attributes = rowAt(raw, "attributes");
    const node: Row = { id, label: text(own(attributes, "label"))?.trim() || id };
    const kind = own(attributes, "kind");
    node["kind"] = kind === "investor" || kind === "startup" ? kind : targets.has(id) ? "startup" : "investor";
    for (const field of NODE_FIELDS) {
      const value = text(own(attributes, field));
      if (value !== undefined) node[field] = value;
    }
    const labels = structured(own(attributes, "labels"));
    if (labels !== undefined) node["labels"] = labels;
    const aliases = structured(own(attributes, "aliases"));
    if (aliases !== undefined) node["aliases"] = aliases;
    for (const field of ["founded", "x", "y"] as const) {
      const value = own(attributes, field);
      if (value !== undefined) node[field] = typeof value === "string" ? Number(value) : value;
    }
    const url = node["url"];
    if (typeof url === "string" && !/^https?:\/\//i.test(url)) {
      issues.push({ severity: "warning", path: `nodes[${i}].url`, message: "not an http(s) link; dropped" });
      delete node["url"];
    }
    return node;
  });

  const deals = edges.map((raw, i) => {
    if (!isRow(raw)) return raw;
    const attributes = rowAt(raw, "attributes");
    const place = `edges[${i}]`;
    const deal: Row = {
      id: text(own(attributes, "id")) ?? text(own(raw, "key")) ?? `edge-${i}`,
      investor: endOf(own(raw, "source")),
      target: endOf(own(raw, "target")),
      form: text(own(attributes, "form"))?.trim() || "other",
    };
    const date = dateOf(own(attributes, "date") ?? own(attributes, "year"), `${place}.date`, issues);
    if (date !== undefined) deal["date"] = date;
    const amount = amountOf(own(attributes, "amountUsd") ?? own(attributes, "amount"), `${place}.amountUsd`, issues);
    if (amount !== undefined) deal["amountUsd"] = amount;
    const roundSize = amountOf(own(attributes, "roundSizeUsd"), `${place}.roundSizeUsd`, issues);
    if (roundSize !== undefined) deal["roundSizeUsd"] = roundSize;
    for (const field of DEAL_FIELDS) {
      const value = text(own(attributes, field));
      if (value !== undefined) deal[field] = value;
    }
    const lead = own(attributes, "lead");
    if (typeof lead === "boolean") deal["lead"] = lead;
    else if (lead === "true" || lead === "false") deal["lead"] = lead === "true";
    for (const field of ["parts", "sources"] as const) {
      const value = structured(own(attributes, field));
      if (value !== undefined) deal[field] = value;
    }
    return deal;
  });

  const meta: Row = { title: text(own(graphAttributes, "title"))?.trim() || title };
  for (const field of ["description", "credit", "view"] as const) {
    const value = text(own(graphAttributes, field));
    if (value !== undefined) meta[field] = value;
  }
  const forms = structured(own(graphAttributes, "forms"));
  if (forms !== undefined) meta["forms"] = forms;
  const updated = readDate(text(own(graphAttributes, "updated")) ?? "");
  if (updated.ok && updated.value !== null) meta["updated"] = updated.value;
  const result = parseInvestmentGraph({ format: "investment-graph", version: 1, meta, nodes, deals });
  // The validator speaks of deals; in this file they are edges.
  const located = result.issues.map((issue) => ({ ...issue, path: issue.path.replace(/^deals\[/, "edges[") }));
  return { dataset: result.dataset, issues: [...issues, ...located] };
}
