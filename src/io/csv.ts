// CSV with one deal per row -> Dataset: nodes are made from names (a name on both sides is one node),
// every skipped row and every doubt is reported with its line. Pure; never throws on data.
import { dsvFormat } from "d3-dsv";
import { formLabel } from "../config/forms";
import { clip, readAmount, readDate, readForm, readLead, readParts, readSources } from "./csvCells";
import { guessMapping, mappingProblems, unusedColumns, type CsvMapping, type MappingGuess } from "./csvColumns";
import { dayMonthOrder } from "./dates";
import { hasLoneSurrogate } from "./hostile";
import type { Issue } from "./issues";
import { MAX_FORMS_IMPORTED, MAX_ISSUES_KEPT } from "./limits";
import type { Dataset } from "./parse";
import type { DealRecord, FormMeta, NodeRecord } from "./schema";

export interface CsvTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Line number (1-based) where each row starts; cells with line breaks make lines and rows differ. */
  readonly lines: readonly number[];
  /** What `lines` count: a text file's lines (the default), or a binary table's rows from 1 (Arrow, Parquet). */
  readonly place?: "line" | "row";
  /** False when the text holds no lone surrogate, so rows need no check. */
  readonly mayHoldLoneSurrogate: boolean;
}

export interface ImportSummary {
  readonly rows: number;
  readonly loaded: number;
  readonly skipped: number;
  readonly warnings: number;
  readonly undated: number;
  readonly undisclosed: number;
}

export interface CsvResult {
  readonly dataset: Dataset | null;
  readonly issues: readonly Issue[];
  readonly summary: ImportSummary;
}

/** Splits the text into a header and rows, remembering where each row starts. */
export function readCsvTable(text: string): CsvTable {
  const body = text.replace(/^\uFEFF/, "");
  const all = dsvFormat(delimiterOf(body)).parseRows(body);
  const lines: number[] = [];
  const rows: string[][] = [];
  let line = 1;
  let headers: string[] | null = null;
  for (const row of all) {
    // Our CSV export writes '=x for a cell =x (formula injection); reading it back undoes that.
    for (let c = 0; c < row.length; c++) if (/^'[=+\-@\t\r]/.test(row[c] ?? "")) row[c] = (row[c] ?? "").slice(1);
    const start = line;
    line += 1;
    for (const cell of row) for (let i = cell.indexOf("\n"); i !== -1; i = cell.indexOf("\n", i + 1)) line += 1;
    if (row.every((cell) => cell.trim() === "")) continue; // blank lines are not data
    if (headers === null) {
      headers = row;
      continue;
    }
    rows.push(row);
    lines.push(start);
  }
  return { headers: headers ?? [], rows, lines, mayHoldLoneSurrogate: hasLoneSurrogate(text) };
}

/** Comma, semicolon (spreadsheets in many locales) or tab: whichever the header line uses most. */
export function delimiterOf(text: string): string {
  const end = text.indexOf("\n");
  const header = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, "");
  let best = ",";
  let bestCount = 0;
  for (const delimiter of [",", ";", "\t"]) {
    const count = header.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

export function guessCsvMapping(table: CsvTable): MappingGuess {
  return guessMapping(table.headers);
}

const cellOf = (row: readonly string[], column: number | null): string => (column === null ? "" : (row[column] ?? ""));
const nameOf = (cell: string): string => cell.trim().replace(/\s+/g, " ");

export function csvToDataset(table: CsvTable, mapping: CsvMapping, title: string): CsvResult {
  const empty: ImportSummary = { rows: table.rows.length, loaded: 0, skipped: table.rows.length, warnings: 0, undated: 0, undisclosed: 0 };
  if (table.headers.length === 0)
    return { dataset: null, issues: [{ severity: "error", path: "line 1", message: "the file is empty: no header row" }], summary: empty };
  const problems = mappingProblems(mapping, table.headers.length);
  if (problems.length)
    return {
      dataset: null,
      issues: problems.map((message) => ({
        severity: "error",
        path: "columns",
        message: `${message} (headers: ${table.headers.map((h) => `"${clip(h, 20)}"`).join(", ")})`,
      })),
      summary: empty,
    };
  const issues: Issue[] = [];
  let warnings = 0;
  let skipped = 0;
  const report = (issue: Issue): void => {
    if (issue.severity === "warning") warnings += 1;
    if (issues.length < MAX_ISSUES_KEPT) issues.push(issue);
  };
  const nodeIndex = new Map<string, number>();
  const nodes: NodeRecord[] = [];
  const deals: DealRecord[] = [];
  const dealIds = new Set<string>();
  const firstLineOf = new Map<string, number>();
  const forms = new Set<string>();
  const overflowForms = new Set<string>();
  let undated = 0;
  let undisclosed = 0;
  const formMeta = new Map<string, FormMeta>();
  const unused = unusedColumns(mapping, table.headers);
  if (unused.length) {
    report({
      severity: "warning",
      path: "columns",
      message: `${unused.length === 1 ? "column" : "columns"} not used: ${unused.map((header) => `"${clip(header, 30)}"`).join(", ")} (choose them in the column dialog, or rename them: investor, startup, date, amount, form, round, sources)`,
    });
  }
  // "03/04/2024" is read in the order the rest of the column shows (day first otherwise).
  const order = mapping.date === null ? "dmy" : dayMonthOrder(table.rows.map((row) => cellOf(row, mapping.date)));

  // Nodes are keyed by id: the name, or the id column of our own view download (two may share a name).
  const nodeFor = (id: string, name: string, kind: "investor" | "startup"): string => {
    const at = nodeIndex.get(id);
    if (at === undefined) {
      nodeIndex.set(id, nodes.length);
      nodes.push({ id, label: name, kind });
    } else if (kind === "startup" && nodes[at]?.kind === "investor") {
      // A startup that also invests stays one node, of kind startup, with out-edges.
      nodes[at] = { id, label: nodes[at]?.label ?? name, kind: "startup" };
    }
    return id;
  };

  const unit = table.place ?? "line";
  table.rows.forEach((row, r) => {
    const line = table.lines[r] ?? r + 2;
    const where = `${unit} ${line}`;
    const skip = (message: string): void => {
      skipped += 1;
      report({ severity: "error", path: where, message: `${message}; row skipped` });
    };
    if (table.mayHoldLoneSurrogate && row.some(hasLoneSurrogate)) return skip("text with a lone UTF-16 surrogate (broken encoding)");
    const investor = nameOf(cellOf(row, mapping.investor));
    const startup = nameOf(cellOf(row, mapping.startup));
    if (!investor && !startup) return skip("empty investor and startup");
    if (!investor) return skip("empty investor");
    if (!startup) return skip("empty startup");
    // The amount our view download counted wins over the deal's whole amount (issue 13).
    const shownCell = cellOf(row, mapping.shown);
    const amount = readAmount(
      mapping.shown !== null && (shownCell.trim() !== "" || mapping.amount === null) ? shownCell : cellOf(row, mapping.amount),
    );
    if (!amount.ok) {
      if (amount.fatal) return skip(amount.reason);
      report({ severity: "warning", path: where, message: `${amount.reason}; kept as undisclosed` });
    }
    const amountUsd = amount.ok ? amount.value : null;
    const date = readDate(cellOf(row, mapping.date), order);
    if (!date.ok) report({ severity: "warning", path: where, message: `${date.reason}; kept as undated` });
    const dateValue = date.ok ? date.value : null;

    const givenId = nameOf(cellOf(row, mapping.id));
    if (givenId && dealIds.has(givenId)) return skip(`duplicate deal id "${clip(givenId)}"`);
    let id = givenId || `row-${line}`;
    for (let n = 2; dealIds.has(id); n++) id = `row-${line}-${n}`;

    const key = row.join("\u0000");
    const first = firstLineOf.get(key);
    if (first !== undefined) report({ severity: "warning", path: where, message: `repeats ${unit} ${first} exactly (kept)` });
    else firstLineOf.set(key, line);
    if (investor === startup) report({ severity: "warning", path: where, message: `"${clip(investor)}" invests in itself (kept)` });

    let form = readForm(cellOf(row, mapping.form));
    if (!forms.has(form)) {
      if (forms.size >= MAX_FORMS_IMPORTED) {
        overflowForms.add(form);
        form = "other";
      } else forms.add(form);
    }
    const label = cellOf(row, mapping.formLabel).trim();
    if (label && label !== formLabel(form) && !formMeta.has(form)) formMeta.set(form, { label });
    const investorId = nameOf(cellOf(row, mapping.investorId)) || investor;
    const startupId = nameOf(cellOf(row, mapping.startupId)) || startup;
    const deal: DealRecord = {
      id,
      investor: nodeFor(investorId, investor, "investor"),
      target: nodeFor(startupId, startup, "startup"),
      date: dateValue,
      amountUsd,
      form,
    };
    const round = cellOf(row, mapping.round).trim();
    if (round) deal.round = round;
    const lead = readLead(cellOf(row, mapping.lead));
    if (lead !== undefined) deal.lead = lead;
    const confidence = cellOf(row, mapping.confidence).trim().toLowerCase();
    if (confidence === "high" || confidence === "medium" || confidence === "low") deal.confidence = confidence;
    if (mapping.sources !== null) {
      const { urls, dropped } = readSources(cellOf(row, mapping.sources));
      if (urls.length) deal.sources = urls.map((url) => ({ url }));
      if (dropped.length) report({ severity: "warning", path: where, message: `link "${clip(dropped[0] ?? "")}" is not http(s); dropped` });
    }
    if (mapping.parts !== null) {
      const parts = readParts(cellOf(row, mapping.parts));
      const sum = (parts ?? []).reduce((total, part) => total + (part.amountUsd ?? 0), 0);
      if (parts === null) report({ severity: "warning", path: where, message: "parts are not form:amount; ... ; dropped" });
      else if (amountUsd !== null && sum > amountUsd * (1 + 1e-9))
        report({ severity: "warning", path: where, message: "parts add up to more than the amount; dropped" });
      else if (parts.length) deal.parts = parts;
    }
    if (dateValue === null) undated += 1;
    if (amountUsd === null) undisclosed += 1;
    dealIds.add(id);
    deals.push(deal);
  });

  if (overflowForms.size) {
    report({
      severity: "warning",
      path: "column form",
      message: `more than ${MAX_FORMS_IMPORTED} forms; ${overflowForms.size} rarer ones (${[...overflowForms]
        .slice(0, 3)
        .map((f) => `"${clip(f, 20)}"`)
        .join(", ")}…) counted as "other"`,
    });
  }
  if (issues.length >= MAX_ISSUES_KEPT)
    issues.push({
      severity: "warning",
      path: "",
      message: `more than ${MAX_ISSUES_KEPT} problems; only the first ${MAX_ISSUES_KEPT} are listed`,
    });
  const summary: ImportSummary = { rows: table.rows.length, loaded: deals.length, skipped, warnings, undated, undisclosed };
  const meta = {
    title,
    currency: "USD" as const,
    description: `Imported from ${title}: ${deals.length} deals between ${nodes.length} organisations.`,
    ...(formMeta.size ? { forms: Object.fromEntries(formMeta) } : {}),
  };
  return { dataset: { meta, nodes, deals }, issues, summary };
}

/** Text + optional mapping -> result; with no mapping the guess is used (callers ask first when unsure). */
export function parseCsvText(text: string, title: string, mapping?: CsvMapping): CsvResult {
  const table = readCsvTable(text);
  return csvToDataset(table, mapping ?? guessCsvMapping(table).mapping, title);
}
