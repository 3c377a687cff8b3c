// A Parquet file (DuckDB, Spark, pandas, polars) -> the CSV import's table of text cells, via hyparquet
// (pure JS; snappy built in, zstd and gzip added here). Loaded only when such a file comes.
import { gunzipSync } from "fflate";
import { decompress as zstd } from "fzstd";
import { parquetMetadata, parquetRead, parquetSchema, type Compressors } from "hyparquet";
import type { CsvTable } from "./csv";
import { cellText } from "./tableCells";

const COMPRESSORS: Compressors = {
  ZSTD: (input, outputLength) => zstd(input, new Uint8Array(outputLength)),
  GZIP: (input, outputLength) => gunzipSync(input, { out: new Uint8Array(outputLength) }),
};

export async function readParquetTable(bytes: Uint8Array): Promise<CsvTable> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  const headers = parquetSchema(metadata).children.map((child) => child.element.name);
  const rows: string[][] = [];
  await parquetRead({
    file,
    metadata,
    compressors: COMPRESSORS,
    rowFormat: "array",
    onComplete: (data: unknown[][]) => {
      for (const row of data) rows.push(headers.map((_name, c) => cellText(row[c])));
    },
  });
  return { headers, rows, lines: rows.map((_row, r) => r + 1), place: "row", mayHoldLoneSurrogate: false };
}
