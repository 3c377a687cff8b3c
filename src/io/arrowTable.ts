// An Apache Arrow IPC file or stream (pyarrow, polars, DuckDB's COPY ... (FORMAT arrow), Spark) -> the
// CSV import's table of text cells, typed columns read by type. Loaded only when such a file comes.
import { DataType, tableFromIPC, type Vector } from "apache-arrow";
import type { CsvTable } from "./csv";
import { cellText, dayText, decimalText } from "./tableCells";

function columnText(vector: Vector | null, rows: number): string[] {
  const cells = new Array<string>(rows);
  if (!vector) return cells.fill("");
  const type = vector.type as DataType;
  const scale = DataType.isDecimal(type) ? type.scale : 0;
  const read = DataType.isDecimal(type)
    ? (value: unknown): string => (value instanceof Uint32Array ? decimalText(value, scale) : cellText(value))
    : DataType.isTimestamp(type) || DataType.isDate(type)
      ? dayText
      : cellText;
  for (let r = 0; r < rows; r++) cells[r] = read(vector.get(r));
  return cells;
}

/** Rows are numbered from 1 in the report ("row 3": the third row of data). */
export function readArrowTable(bytes: Uint8Array): CsvTable {
  const table = tableFromIPC(bytes);
  const rows = table.numRows;
  const headers = table.schema.fields.map((field) => field.name);
  const columns = headers.map((_name, c) => columnText(table.getChildAt(c), rows));
  const out: string[][] = new Array<string[]>(rows);
  for (let r = 0; r < rows; r++) out[r] = columns.map((column) => column[r] ?? "");
  return { headers, rows: out, lines: Array.from({ length: rows }, (_x, r) => r + 1), place: "row", mayHoldLoneSurrogate: false };
}
