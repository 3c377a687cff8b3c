// Typed table values (Arrow, Parquet) -> the text of a CSV cell, so a binary table is read by the
// CSV import's own checks: dates as YYYY-MM-DD (UTC), integers and decimals exactly, null as an empty
// cell (an undisclosed amount, never zero). Pure; no DOM.

const day = (ms: number): string => {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? `invalid date ${ms}` : date.toISOString().slice(0, 10);
};

const decoder = new TextDecoder();

/** Any value a reader hands back: string, number, bigint, boolean, Date, bytes, list, struct; null is "". */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return day(value.getTime());
  if (value instanceof Uint8Array) return decoder.decode(value);
  if (Array.isArray(value)) return value.map(cellText).join(" ");
  // A list vector or struct row (apache-arrow) iterates or serialises itself.
  if (typeof value === "object" && Symbol.iterator in value) return Array.from(value as Iterable<unknown>, cellText).join(" ");
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? String(inner) : inner));
}

/** Milliseconds since 1970 (Arrow's Date and Timestamp values) -> the day, in UTC. */
export function dayText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return day(value);
  if (typeof value === "bigint") return day(Number(value));
  return cellText(value);
}

/** A decimal's little-endian 32-bit words (two's complement) and its scale -> exact decimal text. */
export function decimalText(words: Uint32Array, scale: number): string {
  let big = 0n;
  for (let k = words.length - 1; k >= 0; k--) big = (big << 32n) | BigInt(words[k] ?? 0);
  if (words.length && ((words[words.length - 1] ?? 0) & 0x80000000) !== 0) big -= 1n << BigInt(32 * words.length);
  const negative = big < 0n;
  const digits = (negative ? -big : big).toString();
  if (scale <= 0) return `${negative ? "-" : ""}${digits}${"0".repeat(-scale)}`;
  const padded = digits.padStart(scale + 1, "0");
  return `${negative ? "-" : ""}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}
