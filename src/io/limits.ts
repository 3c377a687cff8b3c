// How much input the app accepts, in one place: past these a load is refused with a message, so a
// hostile or mistaken file can never freeze the tab or exhaust memory. Constants only.

/** Bytes read from a file or URL; checked before reading (size, Content-Length) and while reading. */
export const MAX_INPUT_BYTES = 160 * 1024 * 1024;

/**
 * Rows of a table (CSV, Arrow, Parquet: no positions, so the tab lays them out) one tab takes
 * (Chromium, 2 cores, software WebGL; measured in docs/decisions.md, "Beyond one tab"). Past it the
 * import worker refuses the file with the way out: the command-line tools have no such limit, and
 * the format v1 file `npm run layout` writes (positions baked) opens up to MAX_DEALS.
 */
export const MAX_TAB_DEALS = 200_000;

/** Nesting of JSON arrays and objects; format v1 needs 5. */
export const MAX_JSON_DEPTH = 64;

/** Nodes and deals a dataset may hold (3x the benchmark's largest, 100,000 / 500,000). */
export const MAX_NODES = 300_000;
export const MAX_DEALS = 1_500_000;

/** Problems kept for the full report; the page lists only the first few. */
export const MAX_ISSUES_KEPT = 100_000;

/** Distinct forms from a CSV; past them the rarer ones count as "other" (a legend of hundreds helps nobody). */
export const MAX_FORMS_IMPORTED = 250;

/**
 * Sane ranges (issue 17): a value outside is reported with its place, never shown. $10 trillion is
 * above any deal ever made, and 1.5M deals of it still sum to a finite number.
 */
export const MAX_AMOUNT_USD = 1e13;
/** Deal and source dates; a year outside (0000, 9999) is a typo, not history. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;
/** Baked layout coordinates; layouts are normalised or Gephi's thousands, never 1e308. */
export const MAX_COORDINATE = 1e6;
