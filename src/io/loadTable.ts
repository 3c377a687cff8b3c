// The import worker's read: like load.ts's, but an Arrow or Parquet table (known by its first bytes)
// comes back as its bytes for its reader instead of being decoded. Not in the page's first chunk.
import { createStreamDecoder, decodeBytes } from "./decode";
import type { Issue } from "./issues";
import { fetchData, pumpStream, sizedResponse, type Progress, type Read } from "./load";
import { MAX_INPUT_BYTES } from "./limits";
import { TABLE_SNIFF_BYTES, tableFileFormat, type TableFileFormat } from "./tableFile";

/** An Arrow or Parquet file's bytes, whole, for its reader. */
export interface TableBytes {
  readonly table: TableFileFormat;
  readonly bytes: Uint8Array;
}

/** `loadDatasetText` for the worker: the same checks and cap, a table kept as bytes. */
export async function loadDataset(url: URL, fetchImpl: typeof fetch = fetch, onProgress?: Progress): Promise<Read | TableBytes> {
  const fetched = await fetchData(url, fetchImpl);
  if ("issue" in fetched) return fetched;
  const sized = await sizedResponse(fetched.response, MAX_INPUT_BYTES);
  if ("issue" in sized) return sized;
  if ("body" in sized) return readBody(sized.body, MAX_INPUT_BYTES, sized.total, onProgress);
  const format = tableFileFormat(sized.bytes.subarray(0, TABLE_SNIFF_BYTES));
  if (format) return { table: format, bytes: sized.bytes };
  const decoded = decodeBytes(sized.bytes);
  return "issue" in decoded ? decoded : { text: decoded.text, notes: decoded.notes };
}

const joined = (chunks: readonly Uint8Array[]): Uint8Array => {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
};

/** Like `readStream`, but an Arrow or Parquet file (known by its first bytes) is kept as bytes instead of decoded. */
export async function readBody(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  total: number | null,
  onProgress?: Progress,
): Promise<Read | TableBytes> {
  const decoder = createStreamDecoder();
  let head: Uint8Array | null = new Uint8Array(0); // the first bytes, until they tell text from a table
  let table: { format: TableFileFormat; chunks: Uint8Array[] } | null = null;
  const take = (chunk: Uint8Array): Issue | null => {
    if (table) {
      table.chunks.push(chunk);
      return null;
    }
    return decoder.push(chunk);
  };
  const sniff = (bytes: Uint8Array): Issue | null => {
    head = null;
    const format = tableFileFormat(bytes);
    if (format) table = { format, chunks: [] };
    return take(bytes);
  };
  const stopped = await pumpStream(
    body,
    maxBytes,
    total,
    (value) => {
      if (!head) return take(value);
      const start: Uint8Array = joined([head, value]);
      if (start.length >= TABLE_SNIFF_BYTES) return sniff(start);
      head = start;
      return null;
    },
    onProgress,
  );
  if (stopped) return { issue: stopped };
  if (head) {
    const refused = sniff(head);
    if (refused) return { issue: refused };
  }
  const found = table as { format: TableFileFormat; chunks: Uint8Array[] } | null;
  if (found) return { table: found.format, bytes: joined(found.chunks) };
  const decoded = decoder.end();
  return "issue" in decoded ? decoded : { text: decoded.text, notes: decoded.notes };
}
