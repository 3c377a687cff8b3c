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
  return search(word, candidates, maxDistance, MAX_CANDIDATES).best;
}

function search(word: string, candidates: Iterable<string>, maxDistance: number, limit: number): { best: string | null; compared: number } {
  if (word.length > MAX_HINT_LENGTH) return { best: null, compared: 0 };
  const lower = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = maxDistance + 1;
  let compared = 0;
  for (const candidate of candidates) {
    if (compared >= limit) break;
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    compared++;
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance);
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
  return {
    hint(word) {
      if (left <= 0 || word.length > MAX_HINT_LENGTH) return null;
      left--;
      const found = search(word, candidates, maxDistance, MAX_CANDIDATES);
      compared += found.compared;
      return found.best;
    },
    comparisons: () => compared,
  };
}

function editDistance(a: string, b: string, cap: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= cap) return cap;
    previous = current;
  }
  return previous[b.length] ?? cap;
}
