// Reading a date as people write it: ISO, slashes and dots in either day-month order, month names
// ("Feb 2024", "February 19, 2024"), quarters (a year only). Pure; never guesses beyond the text.
import type { Read } from "./csvCells";
import { MAX_YEAR, MIN_YEAR } from "./limits";

/**
 * Which of two small numbers comes first in "03/04/2024". Day first unless the file shows month
 * first (a second number over 12 somewhere in the column, as in "12/25/2024"): see docs/decisions.md.
 */
export type DayMonthOrder = "dmy" | "mdy";

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTHS = new Map<string, number>(
  ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map((name, i) => [name, i + 1] as const),
);
const FULL_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const MISSING = new Set(["", "-", "--", "n/a", "na", "null", "none", "undisclosed", "unknown", "?"]);

export const clipDate = (text: string, length = 40): string => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

function monthOf(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, "");
  const short = MONTHS.get(key.slice(0, 3));
  if (short === undefined) return undefined;
  // "Feb", "Feb.", "February", "Sept" are months; "Febtember" is not.
  return key.length <= 4 || FULL_MONTHS[short - 1] === key ? short : undefined;
}

function build(text: string, y: number, m?: number, d?: number): Read<string | null> {
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR)
    return { ok: false, reason: `year ${y} is out of range (${MIN_YEAR}-${MAX_YEAR})` };
  const year = String(y);
  if (m === undefined) return { ok: true, value: year };
  if (m < 1 || m > 12) return { ok: false, reason: `month ${m} in "${clipDate(text)}" does not exist` };
  const mm = String(m).padStart(2, "0");
  if (d === undefined) return { ok: true, value: `${year}-${mm}` };
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const last = m === 2 && !leap ? 28 : (DAYS_IN_MONTH[m - 1] ?? 31);
  if (d < 1 || d > last) return { ok: false, reason: `day ${d} in "${clipDate(text)}" does not exist` };
  return { ok: true, value: `${year}-${mm}-${String(d).padStart(2, "0")}` };
}

/** "2024", "2024-02", "2024-02-19", "19/02/2024", "Feb 2024", "February 19, 2024", "2024 Q1" -> YYYY[-MM[-DD]]. */
export function readDate(cell: string, order: DayMonthOrder = "dmy"): Read<string | null> {
  const text = cell.trim();
  if (MISSING.has(text.toLowerCase())) return { ok: true, value: null };
  const iso = /^(\d{4})(?:\.0+)?(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso)
    return build(
      text,
      Number(iso[1]),
      iso[2] === undefined ? undefined : Number(iso[2]),
      iso[3] === undefined ? undefined : Number(iso[3]),
    );
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    // A number over 12 can only be the day; otherwise the column's order decides.
    const dayFirst = a > 12 ? true : b > 12 ? false : order === "dmy";
    return build(text, Number(numeric[3]), dayFirst ? b : a, dayFirst ? a : b);
  }
  const quarter = /^(?:(\d{4})\s*-?\s*Q([1-4])|Q([1-4])\s*-?\s*(\d{4}))$/i.exec(text);
  if (quarter) return build(text, Number(quarter[1] ?? quarter[4]));
  const words = text.replace(/,/g, " ").split(/\s+/).filter(Boolean);
  if (words.length === 2 || words.length === 3) {
    const year = words[words.length - 1] ?? "";
    if (/^\d{4}$/.test(year)) {
      if (words.length === 2) {
        const m = monthOf(words[0] ?? "");
        if (m !== undefined) return build(text, Number(year), m);
      } else {
        const [first = "", second = ""] = words;
        const m = monthOf(first) ?? monthOf(second);
        const dayWord = monthOf(first) !== undefined ? second : first;
        const day = /^(\d{1,2})(st|nd|rd|th)?$/i.exec(dayWord);
        if (m !== undefined && day) return build(text, Number(year), m, Number(day[1]));
      }
    }
  }
  return { ok: false, reason: `date "${clipDate(text)}" is not a date we read (YYYY-MM-DD, DD/MM/YYYY, "Feb 2024", "February 19, 2024")` };
}

/** The column's day-month order: month first when some date has a second number over 12 and none a first. */
export function dayMonthOrder(cells: Iterable<string>): DayMonthOrder {
  let dayFirst = false;
  let monthFirst = false;
  let looked = 0;
  for (const cell of cells) {
    const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}\s*$/.exec(cell);
    if (match) {
      if (Number(match[1]) > 12) dayFirst = true;
      if (Number(match[2]) > 12) monthFirst = true;
    }
    if (++looked > 100_000) break;
  }
  return monthFirst && !dayFirst ? "mdy" : "dmy";
}
