// The visible deals as CSV rows, and a CSV text that spreadsheets cannot run: cells starting with
// = + - @, tab or carriage return are prefixed with an apostrophe (formula injection).
import { csvFormatRows } from "d3-dsv";
import { CSV_COLUMNS, type DealRow } from "../filter/rows";

/** A cell a spreadsheet will show as text, never evaluate. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function toCsv(rows: readonly DealRow[]): string {
  return toCsvTable(
    CSV_COLUMNS,
    rows.map((row) => CSV_COLUMNS.map((column) => row[column])),
  );
}

/** A header and rows of cells, every cell neutralised. */
export function toCsvTable(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return csvFormatRows([[...columns], ...rows.map((row) => row.map(neutralise))]);
}
