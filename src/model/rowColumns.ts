// Rows (the dataset's node and deal records) as columns, so the import worker can hand tens of
// thousands of them to the page by moving a few buffers instead of a structured clone of every
// object (which costs the page its deserialisation, per property, on the main thread).
// Each key is one column: numbers in a Float64Array, strings joined into one string with their end
// offsets (UTF-16 units: lone surrogates survive), booleans in the tags; anything else (arrays,
// objects, mixed types) stays as it is, in a compact list. A tag per row tells absent, undefined,
// null or a value apart, so an undisclosed amount (null or absent) comes back as it went, never 0.
// Pure: no DOM, no worker API; tested in Node.

/** How a column holds its values. */
export type ColumnKind = "number" | "string" | "boolean" | "value";

const ABSENT = 0;
const UNDEFINED = 1;
const NULL = 2;
const VALUE = 3;
/** A boolean column's `false` (VALUE is `true`). */
const FALSE = 4;

export interface Column {
  readonly key: string;
  readonly kind: ColumnKind;
  /** Per row: absent, undefined, null, a value (true for booleans) or false. */
  readonly tags: Uint8Array;
  /** "number": the present values, in row order. */
  readonly numbers: Float64Array | null;
  /** "string": the present values joined, and where each ends. */
  readonly text: string | null;
  readonly ends: Uint32Array | null;
  /** "value": the present values as they are (structured-cloned), in row order. */
  readonly values: readonly unknown[] | null;
}

/** `T` only types what decodes back; the columns hold plain data. */
export interface RowColumns<T> {
  readonly count: number;
  readonly columns: readonly Column[];
  /** Phantom: the row type. */
  readonly rows?: readonly T[];
}

const KIND_BITS: ReadonlyArray<readonly [ColumnKind, number]> = [
  ["number", 1],
  ["string", 2],
  ["boolean", 4],
];

const bitOf = (value: unknown): number =>
  typeof value === "number" ? 1 : typeof value === "string" ? 2 : typeof value === "boolean" ? 4 : 8;

interface Gathered {
  readonly tags: Uint8Array;
  /** Which types the key holds besides undefined and null (KIND_BITS, 8 for anything else). */
  bits: number;
  /** The present values, in row order. */
  readonly values: unknown[];
}

/** The rows as columns; `transfer` lists the buffers to move with postMessage. */
export function encodeRows<T extends object>(rows: readonly T[]): { columns: RowColumns<T>; transfer: ArrayBuffer[] } {
  // One pass over the rows; keys in the order first seen.
  const gathered = new Map<string, Gathered>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>;
    for (const key of Object.keys(row)) {
      let column = gathered.get(key);
      if (!column) {
        column = { tags: new Uint8Array(rows.length), bits: 0, values: [] };
        gathered.set(key, column);
      }
      const value = row[key];
      if (value === undefined) column.tags[i] = UNDEFINED;
      else if (value === null) column.tags[i] = NULL;
      else {
        column.tags[i] = VALUE;
        column.bits |= bitOf(value);
        column.values.push(value);
      }
    }
  }
  const columns: Column[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const [key, { tags, bits, values }] of gathered) {
    // One type: its own column; none (only empties) or several: the values as they are.
    const kind = KIND_BITS.find(([, bit]) => bit === bits)?.[0] ?? "value";
    let ends: Uint32Array | null = null;
    if (kind === "string") {
      ends = new Uint32Array(values.length);
      let end = 0;
      for (let v = 0; v < values.length; v++) ends[v] = end += (values[v] as string).length;
    }
    if (kind === "boolean") {
      let v = 0;
      for (let i = 0; i < tags.length; i++) if (tags[i] === VALUE && !values[v++]) tags[i] = FALSE;
    }
    const numbers = kind === "number" ? Float64Array.from(values as number[]) : null;
    columns.push({
      key,
      kind,
      tags,
      numbers,
      text: kind === "string" ? (values as string[]).join("") : null,
      ends,
      values: kind === "value" ? values : null,
    });
    transfer.push(tags.buffer as ArrayBuffer);
    if (numbers) transfer.push(numbers.buffer);
    if (ends) transfer.push(ends.buffer as ArrayBuffer);
  }
  return { columns: { count: rows.length, columns }, transfer };
}

/** The rows back: the same keys (absent stays absent), values and types. */
export function decodeRows<T>(encoded: RowColumns<T>): T[] {
  const { count, columns } = encoded;
  const rows: T[] = new Array<T>(count);
  // Row by row, keys in column order: rows with the same keys share one shape (fast to build and read).
  const next = new Uint32Array(columns.length);
  const start = new Uint32Array(columns.length);
  for (let i = 0; i < count; i++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c] as Column;
      const tag = column.tags[i];
      const at = next[c] ?? 0;
      if (tag === ABSENT) continue;
      let value: unknown;
      if (tag === UNDEFINED) value = undefined;
      else if (tag === NULL) value = null;
      else if (column.kind === "boolean") value = tag === VALUE;
      else {
        next[c] = at + 1;
        if (column.kind === "number") value = column.numbers?.[at];
        else if (column.kind === "string") {
          const end = column.ends?.[at] ?? 0;
          value = column.text?.slice(start[c], end);
          start[c] = end;
        } else value = column.values?.[at];
      }
      // "__proto__" assigned would set the prototype: defined as an own key instead.
      if (column.key === "__proto__")
        Object.defineProperty(row, column.key, { value, enumerable: true, writable: true, configurable: true });
      else row[column.key] = value;
    }
    rows[i] = row as T;
  }
  return rows;
}
