// Reads a format-v1 document into a Dataset: validates the envelope whole and every row on its own,
// so one bad deal is reported (with its place) and skipped while the rest loads. Never throws on data.
// The source-site check is given by the caller (parse.ts gives it; the page's own loader, which would
// drop its notes, does not, and so never loads the publications list).
import type { z } from "zod/mini";
import { createHinter, didYouMean, formatPath, type Issue } from "./issues";
import { isPlainDeal, isPlainNode } from "./fastRows";
import { loneSurrogatePath, mayHoldLoneSurrogate, tooDeep } from "./hostile";
import { locateJsonError } from "./jsonError";
import { MAX_COORDINATE, MAX_DEALS, MAX_NODES } from "./limits";
import { DealSchema, EnvelopeSchema, NodeSchema, type DealRecord, type Meta, type NodeRecord, type Source } from "./schema";

export interface Dataset {
  readonly meta: Meta;
  readonly nodes: readonly NodeRecord[];
  readonly deals: readonly DealRecord[];
}

export interface ParseResult {
  /** null when the document as a whole cannot be read (then issues say why). */
  readonly dataset: Dataset | null;
  readonly issues: readonly Issue[];
}

const MAX_ISSUES = 500;

/** JSON text -> ParseResult; syntax errors are reported with line and column. */
export function parseInvestmentGraphText(text: string, options: Omit<ParseOptions, "surrogates"> = {}): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { dataset: null, issues: [jsonError(text, error)] };
  }
  // After JSON.parse (which is iterative in browsers and Node): syntax errors are reported first.
  const deep = tooDeep(text);
  if (deep) return { dataset: null, issues: [deep] };
  return parseInvestmentGraph(json, { ...options, surrogates: mayHoldLoneSurrogate(text) });
}

export interface ParseOptions {
  /** Look for lone UTF-16 surrogates in every row (skipped when the text cannot hold any). */
  readonly surrogates?: boolean;
  /** Notes on a deal's sources (a link to a copy of the named publication, io/sourceSite.ts). */
  readonly checkSources?: (sources: readonly Source[] | undefined, place: string) => readonly Issue[];
}

export function parseInvestmentGraph(json: unknown, options: ParseOptions = {}): ParseResult {
  const surrogates = options.surrogates ?? true;
  const issues: Issue[] = [];
  const report = (issue: Issue): void => {
    if (issues.length < MAX_ISSUES) issues.push(issue);
  };

  const envelope = EnvelopeSchema.safeParse(json, { reportInput: true });
  if (!envelope.success) {
    for (const zodIssue of envelope.error.issues) report(fromZod(zodIssue, []));
    return { dataset: null, issues };
  }
  const { meta, nodes: rawNodes, deals: rawDeals } = envelope.data;
  if (rawNodes.length > MAX_NODES || rawDeals.length > MAX_DEALS) {
    const path = rawNodes.length > MAX_NODES ? "nodes" : "deals";
    return {
      dataset: null,
      issues: [
        { severity: "error", path, message: `more than ${path === "nodes" ? MAX_NODES : MAX_DEALS} ${path}; refused (too large to show)` },
      ],
    };
  }
  const metaSurrogate = surrogates ? loneSurrogatePath(meta) : null;
  if (metaSurrogate !== null)
    return {
      dataset: null,
      issues: [{ severity: "error", path: `meta${metaSurrogate}`, message: "text with a lone UTF-16 surrogate (broken encoding)" }],
    };
  const broken = (raw: unknown, place: string): boolean => {
    const at = surrogates ? loneSurrogatePath(raw) : null;
    if (at !== null)
      report({ severity: "error", path: `${place}${at}`, message: "text with a lone UTF-16 surrogate (broken encoding); row skipped" });
    return at !== null;
  };

  const nodes: NodeRecord[] = [];
  const nodeIds = new Set<string>();
  rawNodes.forEach((given, index) => {
    if (broken(given, `nodes[${index}]`)) return;
    const raw = withSanePosition(given, `nodes[${index}]`, report);
    const parsed = isPlainNode(raw) ? { success: true as const, data: raw } : NodeSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      for (const zodIssue of parsed.error.issues) report(fromZod(zodIssue, ["nodes", index]));
      return;
    }
    const node = parsed.data;
    if (nodeIds.has(node.id)) {
      report({ severity: "error", path: `nodes[${index}].id`, message: `duplicate id "${node.id}" (skipped; the first one is kept)` });
      return;
    }
    nodeIds.add(node.id);
    nodes.push(node);
  });

  const deals: DealRecord[] = [];
  const dealIds = new Set<string>();
  const hinter = createHinter(nodeIds);
  rawDeals.forEach((raw, index) => {
    if (broken(raw, `deals[${index}]`)) return;
    const parsed = isPlainDeal(raw) ? { success: true as const, data: raw } : DealSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      for (const zodIssue of parsed.error.issues) report(fromZod(zodIssue, ["deals", index]));
      return;
    }
    const deal = parsed.data;
    const place = `deals[${index}]`;
    let ok = true;
    for (const end of ["investor", "target"] as const) {
      const id = deal[end];
      if (!nodeIds.has(id)) {
        // No hint once the issue list is full: nobody reads it, and hints cost (issue 17).
        const hint = issues.length < MAX_ISSUES ? hinter.hint(id) : null;
        report({
          severity: "error",
          path: `${place}.${end}`,
          message: `no node "${id}"${didYouMean(hint)}; deal "${deal.id}" skipped`,
        });
        ok = false;
      }
    }
    if (dealIds.has(deal.id)) {
      report({ severity: "error", path: `${place}.id`, message: `duplicate id "${deal.id}" (skipped; the first one is kept)` });
      ok = false;
    }
    const partsSum = sumKnownParts(deal);
    if (ok && deal.amountUsd != null && partsSum > deal.amountUsd * (1 + 1e-9)) {
      report({
        severity: "error",
        path: `${place}.parts`,
        message: `parts add up to ${partsSum}, more than amountUsd ${deal.amountUsd}; deal "${deal.id}" skipped`,
      });
      ok = false;
    }
    if (!ok) return;
    if (deal.investor === deal.target) {
      report({ severity: "warning", path: `${place}.target`, message: `"${deal.id}" is a self-investment (kept)` });
    }
    dealIds.add(deal.id);
    deals.push(deal);
    for (const issue of options.checkSources?.(deal.sources, place) ?? []) report(issue);
  });

  if (issues.length >= MAX_ISSUES) {
    issues.push({ severity: "warning", path: "", message: `more than ${MAX_ISSUES} problems; only the first ${MAX_ISSUES} are listed` });
  }
  return { dataset: { meta, nodes, deals }, issues };
}

/** A baked position far outside any layout is dropped with a warning (the layout places the node). */
function withSanePosition(raw: unknown, place: string, report: (issue: Issue) => void): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const row = raw as Record<string, unknown>;
  for (const axis of ["x", "y"] as const) {
    const value = Object.hasOwn(row, axis) ? row[axis] : undefined;
    if (typeof value === "number" && Number.isFinite(value) && Math.abs(value) > MAX_COORDINATE) {
      report({
        severity: "warning",
        path: `${place}.${axis}`,
        message: `${axis} ${value} is outside ±${MAX_COORDINATE}; position dropped (the layout places the node)`,
      });
      const { x: _x, y: _y, ...rest } = row;
      return rest;
    }
  }
  return raw;
}

function sumKnownParts(deal: DealRecord): number {
  let sum = 0;
  for (const part of deal.parts ?? []) sum += part.amountUsd ?? 0;
  return sum;
}

function fromZod(zodIssue: z.core.$ZodIssue, prefix: PropertyKey[]): Issue {
  const path = formatPath([...prefix, ...zodIssue.path]);
  const got = "input" in zodIssue && zodIssue.code !== "invalid_type" ? describeInput(zodIssue.input) : "";
  return { severity: "error", path: path || "(document)", message: `${zodIssue.message}${got}${prefix.length ? "; row skipped" : ""}` };
}

function describeInput(input: unknown): string {
  if (typeof input !== "string" && typeof input !== "number" && typeof input !== "boolean") return "";
  const text = typeof input === "string" ? JSON.stringify(input) : String(input);
  return ` (got ${text.length > 60 ? `${text.slice(0, 57)}...` : text})`;
}

function jsonError(text: string, error: unknown): Issue {
  const place = locateJsonError(text);
  if (place) {
    const found = place.offset >= text.length ? "the end of the file" : JSON.stringify(text.slice(place.offset, place.offset + 12));
    return {
      severity: "error",
      path: `line ${place.line}, column ${place.column}`,
      message: `not valid JSON: expected ${place.expected}, found ${found}`,
    };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { severity: "error", path: "(document)", message: `not valid JSON: ${reason}` };
}
