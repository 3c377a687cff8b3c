// Reading one CSV cell as a date, an amount, a form, a flag: each reader says what it made of the
// text or why it could not. Pure; never guesses a number out of text it does not understand.
import { isKnownForm } from "../config/forms";
import { parseAmount } from "./amount";
import { MAX_AMOUNT_USD } from "./limits";

/** A failed read; `fatal` when the row must not be kept (a negative or infinite amount). */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string; readonly fatal?: boolean };

const MISSING = new Set(["", "-", "--", "n/a", "na", "null", "none", "undisclosed", "unknown", "?"]);

export function isMissing(cell: string): boolean {
  return MISSING.has(cell.trim().toLowerCase());
}

export { readDate } from "./dates";

/**
 * Amount in USD; null when undisclosed. Rejected (not zeroed): negative, NaN, Infinity, other
 * currencies, text that is not a number.
 */
export function readAmount(cell: string): Read<number | null> {
  const text = cell.trim();
  if (isMissing(text)) return { ok: true, value: null };
  if (/^[-−]/.test(text) || /^\(.*\)$/.test(text)) return { ok: false, reason: `amount "${clip(text)}" is negative`, fatal: true };
  if (/^[+$]?\s*(nan|inf|infinity)$/i.test(text))
    return { ok: false, reason: `amount "${clip(text)}" is not a finite number`, fatal: true };
  const currency = /[€£¥₩₹₽]|\b(eur|gbp|cny|rmb|jpy|krw|inr|hkd|sgd|chf|cad|aud|twd|rub|brl|yuan|yen|euros?|won)\b|\b(hk|s|a|c|nt)\$/i.exec(
    text,
  );
  if (currency) return { ok: false, reason: `amount "${clip(text)}" is not in US dollars (${currency[0]})` };
  const value = parseAmount(text.replace(/\s*(usd|us\$|dollars?)$/i, ""));
  if (value === null) return { ok: false, reason: `amount "${clip(text)}" is not a number` };
  if (value > MAX_AMOUNT_USD) return { ok: false, reason: `amount "${clip(text)}" is above US$10 trillion (out of range)` };
  // "15.3M" is 15.3 * 1e6 = 15300000.000000002 in floating point: dollars are kept to the cent.
  return { ok: true, value: Math.round(value * 100) / 100 };
}

// Round types of common exports (Crunchbase's funding_round_type) read as our forms of investment.
// A Map, not an object: a cell saying "constructor" or "__proto__" must be plain text (issue 17).
const FORM_SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    venture: "cash",
    seed: "cash",
    "pre-seed": "cash",
    angel: "cash",
    equity: "cash",
    "private-equity": "cash",
    "equity-crowdfunding": "cash",
    "post-ipo-equity": "cash",
    "debt-financing": "debt",
    "post-ipo-debt": "debt",
    loan: "debt",
    "convertible-note": "convertible",
    safe: "convertible",
    "corporate-round": "strategic",
    credits: "cloud-credits",
    "m-and-a": "acquisition",
  }),
);

/** Known forms and round types (any case, spaces or underscores) become forms; other text is kept as written; empty is "other". */
export function readForm(cell: string): string {
  const written = cell.trim();
  const key = written
    .toLowerCase()
    .replace(/[\s_/&]+/g, "-")
    .replace(/-+/g, "-");
  if (isMissing(key)) return "other";
  if (isKnownForm(key)) return key;
  if (/^series-[a-z]\+?$/.test(key)) return "cash";
  return FORM_SYNONYMS.get(key) ?? written;
}

export function readLead(cell: string): boolean | undefined {
  const text = cell.trim().toLowerCase();
  if (["true", "yes", "y", "1", "lead"].includes(text)) return true;
  if (["false", "no", "n", "0"].includes(text)) return false;
  return undefined;
}

/** Whitespace-separated links; only http(s) kept, the rest named in `dropped`. */
export function readSources(cell: string): { urls: string[]; dropped: string[] } {
  const urls: string[] = [];
  const dropped: string[] = [];
  for (const word of cell.split(/\s+/)) {
    if (!word) continue;
    if (/^https?:\/\/\S+$/i.test(word)) urls.push(word);
    else dropped.push(word);
  }
  return { urls, dropped };
}

/** Our table's "cash:300; cloud-credits:?" column back into parts; null when unreadable. */
export function readParts(cell: string): Array<{ form: string; amountUsd: number | null }> | null {
  const text = cell.trim();
  if (!text) return [];
  const parts: Array<{ form: string; amountUsd: number | null }> = [];
  for (const chunk of text.split(";")) {
    const match = /^\s*([^:]+):\s*(\S+)\s*$/.exec(chunk);
    if (!match) return null;
    const [, form = "", amountText = ""] = match;
    const amount = amountText === "?" ? { ok: true as const, value: null } : readAmount(amountText);
    if (!amount.ok) return null;
    parts.push({ form: form.trim(), amountUsd: amount.value });
  }
  return parts;
}

export function clip(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
