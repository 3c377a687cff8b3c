// Finding an organisation by any of its names (English, Korean, Chinese, id), forgiving case, accents
// and full-/half-width forms, ranked for autocomplete. Pure: built once per model, no DOM.
import type { Model } from "./model";

/** How a name matched, best first: the whole name, its start, the start of one of its words, inside it. */
export const MATCH_KINDS = ["exact", "prefix", "word-prefix", "substring"] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface SearchHit {
  /** Position in dataset.nodes. */
  readonly node: number;
  readonly id: string;
  readonly match: MatchKind;
  /** The name as written in the data that matched best ("알리바바"). */
  readonly name: string;
  /** Where that name came from: "label", a language code of `labels` ("ko", "zh"), or "id". */
  readonly field: string;
}

export interface SearchIndex {
  /** One row per (node, name): parallel arrays, so a query is one tight pass. */
  readonly node: Uint32Array;
  readonly key: readonly string[];
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
    add(record.id, "id");
  });
  return {
    node: Uint32Array.from(rowNode),
    key,
    name,
    field,
    weight,
    ids: nodes.map((record) => record.id),
    labels: nodes.map((record) => record.label),
  };
}

function matchKind(key: string, query: string): number {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (!key.includes(query)) return -1;
  // Word starts: after a space (the normalised separator). Chinese names have no spaces: substring.
  if (key.includes(` ${query}`)) return 2;
  return 3;
}

/** The best `limit` organisations for `query`, best first; one hit per organisation. */
export function search(index: SearchIndex, query: string, limit: number): SearchHit[] {
  const q = normalizeName(query);
  if (q === "" || limit <= 0) return [];
  // Best match per node: rank (0 best) and the row that gave it.
  const bestRank = new Map<number, number>();
  const bestRow = new Map<number, number>();
  for (let row = 0; row < index.key.length; row++) {
    const rank = matchKind(index.key[row] ?? "", q);
    if (rank < 0) continue;
    const node = index.node[row] ?? 0;
    const previous = bestRank.get(node);
    if (previous === undefined || rank < previous) {
      bestRank.set(node, rank);
      bestRow.set(node, row);
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
      match: MATCH_KINDS[bestRank.get(node) ?? 3] ?? "substring",
      name: index.name[row] ?? "",
      field: index.field[row] ?? "label",
    };
  });
}
