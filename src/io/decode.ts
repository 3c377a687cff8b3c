// The one decoder from bytes to text, for the page, the import worker and the command-line tools:
// detects UTF-8 (with or without BOM) and UTF-16 (BOM, or the zero-byte pattern of ASCII text), and
// refuses invalid bytes with their offset instead of replacing them. Pure; no DOM, no I/O.
import type { Issue } from "./issues";
import { tableFileFormat } from "./tableFile";

/** Where text is read, an Arrow or Parquet file is refused with this note (the import worker reads those). */
export const TABLE_NOTE = "the data is a binary table";

const tableRefusal = (head: Uint8Array): Issue | null =>
  tableFileFormat(head) ? { severity: "error", path: "", message: `${TABLE_NOTE} (Arrow or Parquet), read by the import worker` } : null;

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be";

export type Decoded =
  { readonly text: string; readonly encoding: TextEncoding; readonly notes: readonly Issue[] } | { readonly issue: Issue };

/** Offset of the first byte that is not valid UTF-8 (overlong, surrogate, truncated...), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f; // no UTF-16 surrogates in UTF-8
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** The encoding the first bytes show: a BOM, or ASCII text with every other byte zero (UTF-16). */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncoding; bom: number; how: "bom" | "pattern" | "default" } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", bom: 3, how: "bom" };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bom: 2, how: "bom" };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bom: 2, how: "bom" };
  const pairs = Math.min(512, Math.floor(head.length / 2));
  if (pairs >= 1) {
    let evenZero = 0;
    let oddZero = 0;
    for (let p = 0; p < pairs; p++) {
      if (head[2 * p] === 0) evenZero++;
      if (head[2 * p + 1] === 0) oddZero++;
    }
    // Latin text in UTF-16 has a zero in nearly every high byte; UTF-8 text has no zero at all.
    if (oddZero >= pairs * 0.6 && evenZero <= pairs * 0.1) return { encoding: "utf-16le", bom: 0, how: "pattern" };
    if (evenZero >= pairs * 0.6 && oddZero <= pairs * 0.1) return { encoding: "utf-16be", bom: 0, how: "pattern" };
  }
  return { encoding: "utf-8", bom: 0, how: "default" };
}

const NAMES: Readonly<Record<TextEncoding, string>> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 (little-endian)",
  "utf-16be": "UTF-16 (big-endian)",
};

function invalid(offset: number, encoding: TextEncoding): Issue {
  return {
    severity: "error",
    path: `byte ${offset}`,
    message: `not valid ${NAMES[encoding]} text at byte ${offset} (a binary file, or another encoding: save it as UTF-8); refused`,
  };
}

/** Chunk by chunk (a File's or a response's stream): push each chunk, then end. */
export interface StreamDecoder {
  /** Null while all is well; the refusal once a byte is invalid (later pushes are ignored). */
  push(chunk: Uint8Array): Issue | null;
  end(): Decoded;
}

export function createStreamDecoder(): StreamDecoder {
  let head: Uint8Array | null = new Uint8Array(0);
  let decoder: TextDecoder | null = null;
  let encoding: TextEncoding = "utf-8";
  let how: "bom" | "pattern" | "default" = "default";
  const parts: string[] = [];
  let offset = 0; // bytes handed to the decoder so far
  let failed: Issue | null = null;
  let tail = new Uint8Array(0); // the last bytes of the previous chunk (an unfinished character)

  const feed = (bytes: Uint8Array, last: boolean): Issue | null => {
    if (!decoder) return null;
    try {
      parts.push(decoder.decode(bytes, { stream: !last }));
    } catch {
      // Find the exact byte: from the start of this chunk's first whole character.
      if (encoding !== "utf-8") return invalid(offset, encoding);
      const joined = new Uint8Array(tail.length + bytes.length);
      joined.set(tail);
      joined.set(bytes, tail.length);
      const at = firstInvalidUtf8(joined);
      return invalid(offset - tail.length + Math.max(0, at === -1 ? joined.length : at), encoding);
    }
    offset += bytes.length;
    tail = bytes.slice(Math.max(0, bytes.length - 3));
    // Keep only the bytes of an unfinished character: from the last lead byte, if it is unfinished.
    let start = tail.length;
    for (let k = tail.length - 1; k >= 0; k--) {
      const b = tail[k] ?? 0;
      if (b < 0x80) break;
      if (b >= 0xc0) {
        const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
        if (tail.length - k < need) start = k;
        break;
      }
    }
    tail = tail.slice(start);
    return null;
  };

  const begin = (bytes: Uint8Array): Uint8Array => {
    const sniffed = sniffEncoding(bytes);
    encoding = sniffed.encoding;
    how = sniffed.how;
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    offset = sniffed.bom;
    return bytes.subarray(sniffed.bom);
  };

  return {
    push(chunk) {
      if (failed) return failed;
      if (head) {
        // Wait for enough bytes to see a BOM or the UTF-16 pattern.
        const joined = new Uint8Array(head.length + chunk.length);
        joined.set(head);
        joined.set(chunk, head.length);
        if (joined.length < 64) {
          head = joined;
          return null;
        }
        head = null;
        failed = tableRefusal(joined) ?? feed(begin(joined), false);
        return failed;
      }
      failed = feed(chunk, false);
      return failed;
    },
    end() {
      if (failed) return { issue: failed };
      if (head) {
        failed = tableRefusal(head);
        if (failed) return { issue: failed };
        const rest = begin(head);
        head = null;
        failed = feed(rest, true);
      } else failed = feed(new Uint8Array(0), true);
      if (failed) return { issue: failed };
      const notes: Issue[] =
        how === "default" || encoding === "utf-8"
          ? []
          : [
              {
                severity: "warning",
                path: "(document)",
                message: `the file is ${NAMES[encoding]} text${how === "pattern" ? " without a byte order mark" : ""}; read as such`,
              },
            ];
      return { text: parts.join(""), encoding, notes };
    },
  };
}

/** A whole file's bytes -> text (the command-line tools read files whole). */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const decoder = createStreamDecoder();
  const issue = decoder.push(bytes);
  return issue ? { issue } : decoder.end();
}
