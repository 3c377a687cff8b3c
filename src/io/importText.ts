// One entry for every format a person may bring: detects format v1 JSON, graphology JSON, GEXF or
// CSV from the text (and the name as a hint), reads it, and sums up what happened. Pure; no DOM.
import { csvToDataset, guessCsvMapping, readCsvTable, type CsvTable, type ImportSummary } from "./csv";
import type { CsvMapping, MappingGuess } from "./csvColumns";
import { parseGexfText, type XmlTools } from "./gexf";
import { datasetFromSerialisedGraph, isSerialisedGraph } from "./graphImport";
import { tooDeep } from "./hostile";
import { formatIssue, type Issue } from "./issues";
import { parseInvestmentGraph, parseInvestmentGraphText, type Dataset } from "./parse";

export type ImportFormat = "investment-graph" | "graphology" | "gexf" | "csv";

export interface ImportResult {
  readonly format: ImportFormat | null;
  readonly dataset: Dataset | null;
  readonly issues: readonly Issue[];
  readonly summary: ImportSummary;
}

export function detectFormat(text: string, name = ""): ImportFormat {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("<")) return "gexf";
  if (head.startsWith("{") || head.startsWith("[")) {
    // Cheap look at the opening: a format v1 file says so near the start; decide fully after parsing.
    return /"format"\s*:\s*"investment-graph"/.test(head) || !/"key"\s*:/.test(text.slice(0, 65536)) ? "investment-graph" : "graphology";
  }
  if (/\.(gexf|xml)$/i.test(name)) return "gexf";
  return "csv";
}

/** A CSV read far enough to ask about its columns. */
export interface CsvStage {
  readonly table: CsvTable;
  readonly guess: MappingGuess;
}

export function prepareCsv(text: string): CsvStage {
  const table = readCsvTable(text);
  return { table, guess: guessCsvMapping(table) };
}

export function finishCsv(stage: CsvStage, mapping: CsvMapping, title: string): ImportResult {
  const result = csvToDataset(stage.table, mapping, title);
  return { format: "csv", ...result };
}

export interface ImportOptions {
  /** The XML tools for GEXF; without them GEXF is refused with a message. */
  readonly xml?: XmlTools;
  /** The CSV columns; without it the guess is used. */
  readonly mapping?: CsvMapping;
}

/** Reads any supported text. Never throws on data. */
export function importText(text: string, name: string, options: ImportOptions = {}): ImportResult {
  const format = detectFormat(text, name);
  if (format === "csv") {
    const stage = prepareCsv(text);
    return finishCsv(stage, options.mapping ?? stage.guess.mapping, name);
  }
  if (format === "gexf") {
    if (!options.xml) return fromParse("gexf", { dataset: null, issues: [{ severity: "error", path: "(document)", message: "GEXF cannot be read here" }] }, 0);
    return fromParse("gexf", parseGexfText(text, name, options.xml), countTag(text, "<edge"));
  }
  // JSON: decide between format v1 and graphology by the parsed value, not the guess.
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fromParse("investment-graph", parseInvestmentGraphText(text), 0);
  }
  const deep = tooDeep(text);
  if (deep) return fromParse(format, { dataset: null, issues: [deep] }, 0);
  if (isSerialisedGraph(json) && !isFormatV1(json)) {
    return fromParse("graphology", datasetFromSerialisedGraph(json, name), arrayLength(json, "edges"));
  }
  return fromParse("investment-graph", parseInvestmentGraph(json), arrayLength(json, "deals"));
}

function isFormatV1(json: unknown): boolean {
  return typeof json === "object" && json !== null && (json as { format?: unknown }).format === "investment-graph";
}

function arrayLength(json: unknown, key: string): number {
  if (typeof json !== "object" || json === null || !Object.prototype.hasOwnProperty.call(json, key)) return 0;
  const value: unknown = (json as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.length : 0;
}

function countTag(text: string, tag: string): number {
  let count = 0;
  for (let i = text.indexOf(tag); i !== -1; i = text.indexOf(tag, i + 1)) if (/[\s/>]/.test(text[i + tag.length] ?? "")) count++;
  return count;
}

function fromParse(format: ImportFormat, result: { dataset: Dataset | null; issues: readonly Issue[] }, rows: number): ImportResult {
  return { format, dataset: result.dataset, issues: result.issues, summary: summarise(result.dataset, result.issues, rows) };
}

export function summarise(dataset: Dataset | null, issues: readonly Issue[], rows: number): ImportSummary {
  const deals = dataset?.deals ?? [];
  let undated = 0;
  let undisclosed = 0;
  for (const deal of deals) {
    if (deal.date == null) undated++;
    if (deal.amountUsd == null) undisclosed++;
  }
  const warnings = issues.filter((issue) => issue.severity === "warning").length;
  return { rows: Math.max(rows, deals.length), loaded: deals.length, skipped: Math.max(0, rows - deals.length), warnings, undated, undisclosed };
}

/** The full report as plain text: the summary, then every problem on its own line. */
export function reportText(source: string, result: ImportResult): string {
  const { summary } = result;
  const head = [
    `Import report for ${source} (${result.format ?? "unknown format"})`,
    `rows: ${summary.rows}; loaded: ${summary.loaded}; skipped: ${summary.skipped}; warnings: ${summary.warnings}`,
    `undated deals kept: ${summary.undated}; undisclosed amounts kept: ${summary.undisclosed}`,
    "",
  ];
  return [...head, ...result.issues.map((issue) => `${issue.severity}: ${formatIssue(issue)}`)].join("\n") + "\n";
}
