// Reading an Arrow or Parquet file into the CSV import's table of cells. Its readers (apache-arrow,
// hyparquet) load only when such a file comes: each is its own chunk, never in the first page load.
import type { CsvTable } from "./csv";
import type { Issue } from "./issues";
import { TABLE_FORMAT_NAMES, type TableFileFormat } from "./tableFile";

export type TableRead = { readonly table: CsvTable } | { readonly issue: Issue };

/** Reads the table's columns as the CSV import's cells (same mapping, same checks); loads its reader first. */
export async function readTableFile(bytes: Uint8Array, format: TableFileFormat): Promise<TableRead> {
  try {
    const table =
      format === "arrow"
        ? (await import("./arrowTable")).readArrowTable(bytes)
        : await (await import("./parquetTable")).readParquetTable(bytes);
    return { table };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      issue: { severity: "error", path: "(document)", message: `not a readable ${TABLE_FORMAT_NAMES[format]} file (${reason}); refused` },
    };
  }
}
