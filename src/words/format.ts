// Numbers, amounts and dates in the reader's language (Intl): "$1.2B", "$12억", "$12亿"; "1,234";
// "Feb 2024", "2024년 2월". Display only: parsing typed amounts stays in io/amount.ts.
import type { Language } from "../state/url";
import { t } from "./i18n";

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(lang: Language, kind: "usd" | "count"): Intl.NumberFormat {
  const key = `${lang}:${kind}`;
  let format = cache.get(key);
  if (!(format instanceof Intl.NumberFormat)) {
    // Compact notation counts in the language's own units (만, 억 / 万, 亿); three significant digits
    // as before ($1.25B, $15.3M, $800M); the narrow symbol keeps "$" rather than "US$".
    format =
      kind === "usd"
        ? new Intl.NumberFormat(lang, {
            style: "currency",
            currency: "USD",
            currencyDisplay: "narrowSymbol",
            notation: "compact",
            maximumSignificantDigits: 3,
          })
        : new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    cache.set(key, format);
  }
  return format;
}

/** A dollar amount, short: "$1.2B" / "$12억" / "$12亿"; an unknown amount is "undisclosed", never "$0". */
export function formatUsd(lang: Language, value: number): string {
  if (!Number.isFinite(value)) return t(lang, "undisclosed");
  return numberFormat(lang, "usd").format(value);
}

/** A count with the language's grouping: "12,345". */
export function formatCount(lang: Language, count: number): string {
  return numberFormat(lang, "count").format(count);
}

const DATE_PARTS = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/**
 * A data date (YYYY, YYYY-MM or YYYY-MM-DD) as the language writes it, at the precision the data
 * has: "2024", "Feb 2024" / "2024년 2월", "Feb 19, 2024" / "2024年2月19日". Other text comes back unchanged.
 */
export function formatDate(lang: Language, date: string): string {
  const match = DATE_PARTS.exec(date);
  if (!match) return date;
  const [, year = "", month, day] = match;
  if (!month) return year;
  const key = `${lang}:date:${day ? "day" : "month"}`;
  let format = cache.get(key);
  if (!(format instanceof Intl.DateTimeFormat)) {
    format = new Intl.DateTimeFormat(lang, { year: "numeric", month: "short", ...(day ? { day: "numeric" } : {}), timeZone: "UTC" });
    cache.set(key, format);
  }
  const value = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  return Number.isNaN(value.getTime()) ? date : format.format(value);
}

/** Today (or any moment) as a full date in the language: "Dec 1, 2026" / "2026년 12월 1일". */
export function formatDay(lang: Language, moment: Date): string {
  return new Intl.DateTimeFormat(lang, { year: "numeric", month: "short", day: "numeric" }).format(moment);
}
