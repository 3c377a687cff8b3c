// Binary tables a notebook, DuckDB or Spark job writes (Apache Arrow IPC file or stream, Parquet),
// known by their first bytes. Pure; no DOM. Their readers are in tableRead.ts, loaded on demand.

export type TableFileFormat = "arrow" | "parquet";

export const TABLE_FORMAT_NAMES: Readonly<Record<TableFileFormat, string>> = { arrow: "Apache Arrow", parquet: "Parquet" };

/** Bytes needed to tell a table file from text. */
export const TABLE_SNIFF_BYTES = 8;

const startsWith = (head: Uint8Array, magic: string): boolean => new TextDecoder("latin1").decode(head.subarray(0, magic.length)) === magic;

/** "arrow" for an Arrow IPC file (ARROW1) or stream (0xFFFFFFFF continuation), "parquet" for PAR1, else null (text). */
export function tableFileFormat(head: Uint8Array): TableFileFormat | null {
  if (startsWith(head, "ARROW1")) return "arrow";
  if (startsWith(head, "PAR1")) return "parquet";
  // No text starts with four 0xFF bytes (invalid in UTF-8 and UTF-16 alike).
  if (head.length >= 8 && head[0] === 0xff && head[1] === 0xff && head[2] === 0xff && head[3] === 0xff) return "arrow";
  return null;
}
