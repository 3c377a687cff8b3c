// One entry for every format a person may bring: detects format v1 JSON, graphology JSON, GEXF or
// CSV from the text (and the name as a hint), reads it, and sums up what happened. Pure; no DOM.
import { csvToDataset, guessCsvMapping, readCsvTable, type CsvTable, type ImportSummary } from "./csv";
import type { CsvMapping, MappingGuess } from "./csvColumns";
import { parseGexfText, type XmlTools } from "./gexf";
import { datasetFromSerialisedGraph, isSerialisedGraph } from "./graphImport";
import { tooDeep } from "./hostile";
import { formatIssue, type Issue } from "./issues";
import { parseInvestmentGraph, parseInvestmentGraphText, type Dataset } from "./parse";
import type { TableFileFormat } from "./tableFile";

export type ImportFormat = "investment-graph" | "graphology" | "gexf" | "csv" | TableFileFormat;

export interface ImportResult {
  readonly format: ImportFormat | null;
  readonly dataset: Dataset | null;
  readonly issues: readonly Issue[];
  readonly summary: ImportSummary;
}

export function detectFormat(text: string, name = ""): ImportFormat {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("<")) return "gexf";
  if (head.startsWith("{") || head.startsWith("[")) {
    // Cheap look at the opening: a format v1 file says so near the start; decide fully after parsing.
    return /"format"\s*:\s*"investment-graph"/.test(head) || !/"key"\s*:/.test(text.slice(0, 65536)) ? "investment-graph" : "graphology";
  }
  if (/\.(gexf|xml)$/i.test(name)) return "gexf";
  return "csv";
}

/**
 * Text that cannot be a dataset in any format: empty, blank, a JSON scalar, a table of one column.
 * Refused with a message before any format is guessed (the page would otherwise ask for columns).
 */
export function notData(text: string): Issue | null {
  const body = text.replace(/^\uFEFF/, "");
  const refuse = (message: string): Issue => ({ severity: "error", path: "(document)", message });
  if (body.trim() === "") return refuse(body.length === 0 ? "the file is empty" : "the file is empty (only spaces and line breaks)");
  const head = body.trimStart();
  if (/^("|-?\d|true\b|false\b|null\b)/.test(head)) {
    try {
      const value: unknown = JSON.parse(body);
      const kind = value === null ? "null" : typeof value === "string" ? "a string" : typeof value === "number" ? "a number" : "a boolean";
      return refuse(`not a dataset: the file is JSON ${kind}; expected an object with "nodes" and "deals", a graph, GEXF or a CSV table`);
    } catch {
      // Not JSON: a CSV whose first cell is quoted or a number.
    }
  }
  if (detectFormat(text) === "csv") {
    const lines = head.split("\n", 1);
    if (!/[,;\t]/.test((lines[0] ?? "").replace(/"[^"]*"/g, ""))) {
      return refuse(
        "not a dataset: the first line has one column; a table needs investor and startup columns separated by commas, semicolons or tabs",
      );
    }
  }
  return null;
}

/** A CSV read far enough to ask about its columns. */
export interface CsvStage {
  readonly table: CsvTable;
  readonly guess: MappingGuess;
  /** An Arrow or Parquet table read into cells; CSV when absent. */
  readonly format?: TableFileFormat;
}

export function prepareCsv(text: string): CsvStage {
  const table = readCsvTable(text);
  return { table, guess: guessCsvMapping(table) };
}

export function finishCsv(stage: CsvStage, mapping: CsvMapping, title: string): ImportResult {
  const result = csvToDataset(stage.table, mapping, title);
  return { format: stage.format ?? "csv", ...result };
}

export interface ImportOptions {
  /** The XML tools for GEXF; without them GEXF is refused with a message. */
  readonly xml?: XmlTools;
  /** The CSV columns; without it the guess is used. */
  readonly mapping?: CsvMapping;
}

/** Reads any supported text. Never throws on data. */
export function importText(text: string, name: string, options: ImportOptions = {}): ImportResult {
  const refused = notData(text);
  if (refused) return fromParse(null, { dataset: null, issues: [refused] }, 0);
  const format = detectFormat(text, name);
  if (format === "csv") {
    const stage = prepareCsv(text);
    return finishCsv(stage, options.mapping ?? stage.guess.mapping, name);
  }
  if (format === "gexf") {
    if (!options.xml)
      return fromParse(
        "gexf",
        { dataset: null, issues: [{ severity: "error", path: "(document)", message: "GEXF cannot be read here" }] },
        0,
      );
    return fromParse("gexf", parseGexfText(text, name, options.xml), countTag(text, "<edge"));
  }
  // JSON: decide between format v1 and graphology by the parsed value, not the guess.
  let json: unknown;
  const body = text.replace(/^\uFEFF/, "");
  try {
    json = JSON.parse(body);
  } catch {
    return fromParse("investment-graph", parseInvestmentGraphText(body), 0);
  }
  const deep = tooDeep(body);
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

function fromParse(format: ImportFormat | null, result: { dataset: Dataset | null; issues: readonly Issue[] }, rows: number): ImportResult {
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
  return {
    rows: Math.max(rows, deals.length),
    loaded: deals.length,
    skipped: Math.max(0, rows - deals.length),
    warnings,
    undated,
    undisclosed,
  };
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
