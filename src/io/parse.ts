// Reads a format-v1 document into a Dataset with every check (parseRows.ts), including the notes on
// sources that link to a copy rather than the named publication's own site (sourceSite.ts).
import * as rows from "./parseRows";
import { sourceHostIssues } from "./sourceSite";

export type { Dataset, ParseOptions, ParseResult } from "./parseRows";

/** JSON text -> ParseResult; syntax errors are reported with line and column. */
export function parseInvestmentGraphText(text: string): rows.ParseResult {
  return rows.parseInvestmentGraphText(text, { checkSources: sourceHostIssues });
}

export function parseInvestmentGraph(json: unknown, options: rows.ParseOptions = {}): rows.ParseResult {
  return rows.parseInvestmentGraph(json, { checkSources: sourceHostIssues, ...options });
}
