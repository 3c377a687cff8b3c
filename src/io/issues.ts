// Located problems found while reading data or the URL: what, where (file, row, field) and how bad.
// Plain data; the UI decides how to show them.

export type Severity = "error" | "warning";

export interface Issue {
  readonly severity: Severity;
  /** Where in the input: `deals[12].investor`, `line 4`, `url: from`. */
  readonly path: string;
  readonly message: string;
}

export function formatIssue(issue: Issue, source?: string): string {
  const where = [source, issue.path].filter(Boolean).join(": ");
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** `["deals", 12, "investor"]` -> `deals[12].investor` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Hints a parse may give; past them bad rows are still reported, without a hint (issue 17). */
export const MAX_HINTS = 20;
/** Candidates one hint looks at, and the longest word worth an edit distance (quadratic in length). */
const MAX_CANDIDATES = 5_000;
const MAX_HINT_LENGTH = 200;

/** Closest candidate by edit distance, for "did you mean" hints; null when nothing is close. */
export function closest(word: string, candidates: Iterable<string>, maxDistance = 3): string | null {
  return search(word, lowered(candidates), maxDistance, MAX_CANDIDATES).best;
}

/** ` (did you mean "x"?)` for a hint, "" for none: the words every such notice uses. */
export function didYouMean(hint: string | null): string {
  return hint ? ` (did you mean "${hint}"?)` : "";
}

/** Candidates with their lower-case form, read from `candidates` once and only as far as needed. */
interface Lowered {
  [Symbol.iterator](): Iterator<readonly [name: string, lower: string]>;
}

function lowered(candidates: Iterable<string>): Lowered {
  const seen: Array<readonly [string, string]> = [];
  let source: Iterator<string> | null = null;
  return {
    *[Symbol.iterator]() {
      for (let i = 0; ; i++) {
        if (i === seen.length) {
          source ??= candidates[Symbol.iterator]();
          const next = source.next();
          if (next.done) return;
          seen.push([next.value, next.value.toLowerCase()]);
        }
        const entry = seen[i];
        if (entry) yield entry;
      }
    },
  };
}

function search(word: string, candidates: Lowered, maxDistance: number, limit: number): { best: string | null; compared: number } {
  if (word.length > MAX_HINT_LENGTH) return { best: null, compared: 0 };
  const lower = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = maxDistance + 1;
  let compared = 0;
  for (const [candidate, candidateLower] of candidates) {
    if (compared >= limit) break;
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    compared++;
    const distance = editDistance(lower, candidateLower, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return { best, compared };
}

export interface Hinter {
  /** The closest candidate, or null (also once the budget of MAX_HINTS hints is spent). */
  hint(word: string): string | null;
  /** Edit distances computed so far (what the budget bounds). */
  comparisons(): number;
}

/** "Did you mean" for one parse: at most MAX_HINTS hints, each over at most MAX_CANDIDATES names. */
export function createHinter(candidates: Iterable<string>, maxDistance = 3): Hinter {
  let left = MAX_HINTS;
  let compared = 0;
  // Lower-cased once for all the hints of a parse (20 hints over 6,000 names lowered 120,000 strings).
  const names = lowered(candidates);
  return {
    hint(word) {
      if (left <= 0 || word.length > MAX_HINT_LENGTH) return null;
      left--;
      const found = search(word, names, maxDistance, MAX_CANDIDATES);
      compared += found.compared;
      return found.best;
    },
    comparisons: () => compared,
  };
}

/** Two rows of the edit-distance table, reused: a hint computes up to 5,000 distances. */
let rows = { previous: new Uint16Array(64), current: new Uint16Array(64) };

/** Levenshtein distance of `a` and `b`, or `cap` as soon as it cannot be below `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  if (rows.previous.length <= b.length) rows = { previous: new Uint16Array(b.length + 1), current: new Uint16Array(b.length + 1) };
  let { previous, current } = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (letter === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= cap) return cap;
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? cap;
}
