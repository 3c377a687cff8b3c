// Reading any supported data file in Node, the way the page does (same parsers; @xmldom stands in for
// the browser's DOMParser under GEXF). For the command-line tools; no writing here.
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { parse as gexfParse } from "graphology-gexf/node";
import { guessMapping, CSV_FIELDS, type CsvField, type CsvMapping } from "../../src/io/csvColumns";
import { decodeBytes } from "../../src/io/decode";
import { importText, type ImportResult } from "../../src/io/importText";
import type { Issue } from "../../src/io/issues";
import { MAX_INPUT_BYTES } from "../../src/io/limits";
import { readCsvTable } from "../../src/io/csv";
import { finishCsv } from "../../src/io/importText";
import { TABLE_SNIFF_BYTES, tableFileFormat } from "../../src/io/tableFile";
import { readTableFile } from "../../src/io/tableRead";

export const nodeXml = {
  parseXml: (text: string) => new DOMParser({ errorHandler: () => undefined }).parseFromString(text, "application/xml"),
  gexfParse,
};

/** `investor=Backer,startup=Portfolio company` -> a mapping over the file's headers. */
export function mappingFrom(spec: string, text: string): CsvMapping | { error: string } {
  return mappingOver(spec, readCsvTable(text).headers);
}

function mappingOver(spec: string, headers: readonly string[]): CsvMapping | { error: string } {
  const mapping: Record<CsvField, number | null> = { ...guessMapping(headers).mapping };
  for (const pair of spec.split(",")) {
    const [field = "", column = ""] = pair.split("=").map((part) => part.trim());
    if (!(CSV_FIELDS as readonly string[]).includes(field)) return { error: `unknown field "${field}" (fields: ${CSV_FIELDS.join(", ")})` };
    const index = headers.findIndex((header) => header.trim() === column);
    if (index === -1) return { error: `no column "${column}" (columns: ${headers.join(", ")})` };
    mapping[field as CsvField] = index;
  }
  return mapping;
}

export function importFile(path: string, mappingSpec?: string): ImportResult | { error: string } {
  let text: string;
  let notes: readonly Issue[];
  try {
    if (statSync(path).size > MAX_INPUT_BYTES) return { error: `larger than ${MAX_INPUT_BYTES / 1048576} MB` };
    // The page's decoder: UTF-8 with or without BOM, UTF-16, invalid bytes refused with their offset.
    const decoded = decodeBytes(readFileSync(path));
    if ("issue" in decoded) return { error: `${decoded.issue.path}: ${decoded.issue.message}` };
    text = decoded.text;
    notes = decoded.notes;
  } catch (error) {
    return { error: `cannot read (${error instanceof Error ? error.message : String(error)})` };
  }
  let mapping: CsvMapping | undefined;
  if (mappingSpec) {
    const parsed = mappingFrom(mappingSpec, text);
    if ("error" in parsed) return parsed;
    mapping = parsed;
  }
  const result = importText(text, basename(path), { xml: nodeXml, mapping });
  return notes.length
    ? { ...result, issues: [...notes, ...result.issues], summary: { ...result.summary, warnings: result.summary.warnings + notes.length } }
    : result;
}

/** Any file the page reads, Arrow and Parquet tables included (their readers are asynchronous). */
export async function importAnyFile(path: string, mappingSpec?: string): Promise<ImportResult | { error: string }> {
  let bytes: Uint8Array;
  try {
    if (statSync(path).size > MAX_INPUT_BYTES) return importFile(path, mappingSpec);
    bytes = readFileSync(path);
  } catch (error) {
    return { error: `cannot read (${error instanceof Error ? error.message : String(error)})` };
  }
  const format = tableFileFormat(bytes.subarray(0, TABLE_SNIFF_BYTES));
  if (!format) return importFile(path, mappingSpec);
  const read = await readTableFile(bytes, format);
  if ("issue" in read) return { error: read.issue.message };
  const { table } = read;
  const guess = guessMapping(table.headers);
  const mapping = mappingSpec ? mappingOver(mappingSpec, table.headers) : guess.mapping;
  if ("error" in mapping) return mapping;
  return finishCsv({ table, guess, format }, mapping, basename(path));
}
