// Finding an organisation by any of its names (English, Korean, Chinese, aliases, id), forgiving case,
// accents, widths, spaces ("open ai") and small typos ("alibba"), ranked for autocomplete. Pure, no DOM.
import type { Model } from "./model";

/**
 * How a name matched, best first: the whole name, its start, the start of one of its words, inside
 * it, and last a near miss (a typo: Damerau-Levenshtein distance 1 for short queries, 2 for longer).
 */
export const MATCH_KINDS = ["exact", "prefix", "word-prefix", "substring", "typo"] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface SearchHit {
  /** Position in dataset.nodes. */
  readonly node: number;
  readonly id: string;
  readonly match: MatchKind;
  /** The name as written in the data that matched best ("알리바바"). */
  readonly name: string;
  /** Where that name came from: "label", a language code of `labels` ("ko", "zh"), "alias", or "id". */
  readonly field: string;
}

export interface SearchIndex {
  /** One row per (node, name): parallel arrays, so a query is one tight pass. */
  readonly node: Uint32Array;
  readonly key: readonly string[];
  /** The key without spaces, so "open ai" finds "OpenAI" and "moonshotai" finds "Moonshot AI". */
  readonly compact: readonly string[];
  readonly name: readonly string[];
  readonly field: readonly string[];
  /** Importance per node (its number of deals, either side): breaks ties between equal matches. */
  readonly weight: Uint32Array;
  readonly ids: readonly string[];
  readonly labels: readonly string[];
}

/**
 * The comparable form of a name: compatibility decomposition (folds full-width Ａ to A, half-width
 * katakana to full-width), combining marks dropped (é -> e), lower case, and runs of anything that
 * is neither letter nor digit collapsed to one space ("ant_group", "Ant-Group" -> "ant group").
 */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function buildSearchIndex(model: Model): SearchIndex {
  const { nodes } = model.dataset;
  const { index } = model;
  const weight = new Uint32Array(nodes.length);
  for (let d = 0; d < index.count; d++) {
    const from = index.investor[d] ?? 0;
    const to = index.target[d] ?? 0;
    weight[from] = (weight[from] ?? 0) + 1;
    if (to !== from) weight[to] = (weight[to] ?? 0) + 1;
  }
  const rowNode: number[] = [];
  const key: string[] = [];
  const name: string[] = [];
  const field: string[] = [];
  nodes.forEach((record, i) => {
    const seen = new Set<string>();
    const add = (text: string, from: string): void => {
      const normal = normalizeName(text);
      if (normal === "" || seen.has(normal)) return;
      seen.add(normal);
      rowNode.push(i);
      key.push(normal);
      name.push(text);
      field.push(from);
    };
    // The English label first, then the other languages, the id last: an equal match reports the
    // name a reader most likely typed.
    add(record.label, "label");
    for (const [lang, text] of Object.entries(record.labels ?? {})) add(text, lang);
    for (const alias of record.aliases ?? []) add(alias, "alias");
    add(record.id, "id");
  });
  return {
    node: Uint32Array.from(rowNode),
    key,
    compact: key.map((entry) => entry.replace(/ /g, "")),
    name,
    field,
    weight,
    ids: nodes.map((record) => record.id),
    labels: nodes.map((record) => record.label),
  };
}

function matchKind(key: string, compact: string, query: string, compactQuery: string): number {
  if (key === query || compact === compactQuery) return 0;
  if (key.startsWith(query) || compact.startsWith(compactQuery)) return 1;
  if (!key.includes(query)) return compact.includes(compactQuery) ? 3 : -1;
  // Word starts: after a space (the normalised separator). Chinese names have no spaces: substring.
  if (key.includes(` ${query}`)) return 2;
  return 3;
}

/** Typos allowed: none below 3 characters (too many near names), 1 up to 5, else 2. */
export function typoBudget(query: string): number {
  const length = [...query].length;
  return length < 3 ? 0 : length <= 5 ? 1 : 2;
}

/**
 * Optimal-string-alignment (restricted Damerau-Levenshtein) distance, counting a swap of two
 * neighbours as one edit ("alibbaa"); stops early and returns `cap + 1` once it must exceed `cap`.
 */
export function typoDistance(a: string, b: string, cap: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > cap) return cap + 1;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > cap) return cap + 1;
    before = previous;
    previous = current;
  }
  return previous[y.length] ?? cap + 1;
}

/** A near miss of the whole name, one of its words, or its start as long as the query. */
function isTypo(key: string, compact: string, compactQuery: string, budget: number): boolean {
  const length = [...compactQuery].length;
  const candidates = [compact, [...compact].slice(0, length).join(""), ...key.split(" ")];
  return candidates.some((candidate) => candidate.length > 0 && typoDistance(candidate, compactQuery, budget) <= budget);
}

/** The best `limit` organisations for `query`, best first; one hit per organisation. */
export function search(index: SearchIndex, query: string, limit: number): SearchHit[] {
  const q = normalizeName(query);
  if (q === "" || limit <= 0) return [];
  const compactQuery = q.replace(/ /g, "");
  // Best match per node: rank (0 best) and the row that gave it.
  const bestRank = new Map<number, number>();
  const bestRow = new Map<number, number>();
  const keep = (row: number, rank: number): void => {
    const node = index.node[row] ?? 0;
    const previous = bestRank.get(node);
    if (previous === undefined || rank < previous) {
      bestRank.set(node, rank);
      bestRow.set(node, row);
    }
  };
  for (let row = 0; row < index.key.length; row++) {
    const rank = matchKind(index.key[row] ?? "", index.compact[row] ?? "", q, compactQuery);
    if (rank >= 0) keep(row, rank);
  }
  // Typos only fill what the real matches leave of the list: they rank last and cost more.
  const budget = typoBudget(compactQuery);
  if (bestRank.size < limit && budget > 0) {
    for (let row = 0; row < index.key.length; row++) {
      if (bestRank.has(index.node[row] ?? 0)) continue;
      if (isTypo(index.key[row] ?? "", index.compact[row] ?? "", compactQuery, budget)) keep(row, 4);
    }
  }
  const order = (a: number, b: number): number =>
    (bestRank.get(a) ?? 9) - (bestRank.get(b) ?? 9) ||
    (index.weight[b] ?? 0) - (index.weight[a] ?? 0) ||
    (index.labels[a] ?? "").localeCompare(index.labels[b] ?? "") ||
    a - b;
  // Keep only the best `limit` (a short sorted list): a one-letter query matches most names.
  const best: number[] = [];
  for (const node of bestRank.keys()) {
    if (best.length === limit && order(node, best[limit - 1] ?? 0) >= 0) continue;
    let at = Math.min(best.length, limit - 1);
    while (at > 0 && order(node, best[at - 1] ?? 0) < 0) at--;
    best.splice(at, 0, node);
    if (best.length > limit) best.pop();
  }
  return best.map((node) => {
    const row = bestRow.get(node) ?? 0;
    return {
      node,
      id: index.ids[node] ?? "",
      match: MATCH_KINDS[bestRank.get(node) ?? 4] ?? "typo",
      name: index.name[row] ?? "",
      field: index.field[row] ?? "label",
    };
  });
}
