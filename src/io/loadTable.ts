// The import worker's read: like load.ts's, but an Arrow or Parquet table (known by its first bytes)
// comes back as its bytes for its reader instead of being decoded. Not in the page's first chunk.
import { createStreamDecoder, decodeBytes } from "./decode";
import type { Issue } from "./issues";
import { fetchData, tooLarge, type Progress, type Read } from "./load";
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
  const { response } = fetched;
  const declared = Number(response.headers.get("content-length"));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (total !== null && total > MAX_INPUT_BYTES) {
    void response.body?.cancel();
    return { issue: tooLarge(total, MAX_INPUT_BYTES) };
  }
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_INPUT_BYTES) return { issue: tooLarge(bytes.length, MAX_INPUT_BYTES) };
    const format = tableFileFormat(bytes.subarray(0, TABLE_SNIFF_BYTES));
    if (format) return { table: format, bytes };
    const decoded = decodeBytes(bytes);
    return "issue" in decoded ? decoded : { text: decoded.text, notes: decoded.notes };
  }
  return readBody(response.body, MAX_INPUT_BYTES, total, onProgress);
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
  const reader = body.getReader();
  const decoder = createStreamDecoder();
  let loaded = 0;
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
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      if (loaded > maxBytes) {
        await reader.cancel();
        return { issue: tooLarge(loaded, maxBytes) };
      }
      let refused: Issue | null = null;
      if (head) {
        const start: Uint8Array = joined([head, value]);
        if (start.length < TABLE_SNIFF_BYTES) head = start;
        else refused = sniff(start);
      } else refused = take(value);
      if (refused) {
        await reader.cancel();
        return { issue: refused };
      }
      onProgress?.(loaded, total);
    }
  } catch (error) {
    return {
      issue: { severity: "error", path: "", message: `reading stopped (${error instanceof Error ? error.message : String(error)})` },
    };
  }
  if (head) {
    const refused = sniff(head);
    if (refused) return { issue: refused };
  }
  const found = table as { format: TableFileFormat; chunks: Uint8Array[] } | null;
  if (found) return { table: found.format, bytes: joined(found.chunks) };
  const decoded = decoder.end();
  return "issue" in decoded ? decoded : { text: decoded.text, notes: decoded.notes };
}
