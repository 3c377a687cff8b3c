// Reading and writing dollar amounts as people type them: "1.2M", "$300,000,000", "2.5bn", "800m".
// Pure; returns null for text that is not an amount instead of guessing.

// A Map: a suffix such as "constructor" must be no unit at all (issue 17).
const SUFFIX: ReadonlyMap<string, number> = new Map(
  Object.entries({
    "": 1,
    k: 1e3,
    thousand: 1e3,
    m: 1e6,
    mn: 1e6,
    mm: 1e6,
    million: 1e6,
    b: 1e9,
    bn: 1e9,
    billion: 1e9,
    t: 1e12,
    tn: 1e12,
    trillion: 1e12,
  }),
);

/** Parses a non-negative amount; null when the text is not one (never silently zero). */
export function parseAmount(text: string): number | null {
  const cleaned = text
    .trim()
    .toLowerCase()
    .replace(/^us\$|^\$|^usd\s*/, "")
    .replace(/\s+/g, "");
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:e([+-]?\d+))?([a-z]*)$/.exec(cleaned);
  if (!match) return null;
  const [, whole = "", fraction = "", exponent, suffix = ""] = match;
  const factor = SUFFIX.get(suffix);
  if (factor === undefined) return null;
  const value = Number(`${whole.replace(/,/g, "")}${fraction}${exponent ? `e${exponent}` : ""}`) * factor;
  return Number.isFinite(value) && value >= 0 ? value : null;
}

const UNITS: ReadonlyArray<readonly [number, string]> = [
  [1, ""],
  [1e3, "K"],
  [1e6, "M"],
  [1e9, "B"],
  [1e12, "T"],
];

/** $1.2B, $800M, $45K, $950: short, for labels and status lines. */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return "undisclosed";
  const round = (scaled: number, unit: number): number => {
    if (unit === 0) return Math.round(scaled);
    const digits = Math.abs(scaled) >= 100 ? 0 : Math.abs(scaled) >= 10 ? 1 : 2;
    return Number(scaled.toFixed(digits));
  };
  let unit = 0;
  while (unit < UNITS.length - 1 && Math.abs(value) >= (UNITS[unit + 1]?.[0] ?? Infinity)) unit++;
  let shown = round(value / (UNITS[unit]?.[0] ?? 1), unit);
  // Rounding can reach the next unit: 999,999 is $1M, not $1000K.
  if (Math.abs(shown) >= 1000 && unit < UNITS.length - 1) {
    unit++;
    shown = round(value / (UNITS[unit]?.[0] ?? 1), unit);
  }
  return `$${shown}${UNITS[unit]?.[1] ?? ""}`;
}
