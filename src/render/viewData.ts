// What the graph view draws from the model, per language and theme: labels, node colours, form
// names, and which deals make each link (for link labels). Pure lookups built once per change.
import { graphKeyOf, type Model } from "../model/model";
import type { AppState } from "../state/store";
import type { RenderTheme } from "./style";
import { formName, shortName } from "../words/names";

export function pairDealLists(index: Model["index"]): { start: Uint32Array; deals: Uint32Array } {
  const start = new Uint32Array(index.pairCount + 1);
  for (let d = 0; d < index.count; d++) start[(index.pair[d] ?? 0) + 1] = (start[(index.pair[d] ?? 0) + 1] ?? 0) + 1;
  for (let p = 0; p < index.pairCount; p++) start[p + 1] = (start[p + 1] ?? 0) + (start[p] ?? 0);
  const next = start.slice(0, index.pairCount);
  const deals = new Uint32Array(index.count);
  for (let d = 0; d < index.count; d++) {
    const p = index.pair[d] ?? 0;
    deals[next[p] ?? 0] = d;
    next[p] = (next[p] ?? 0) + 1;
  }
  return { start, deals };
}

export function formNamesOf(model: Model, lang: AppState["lang"]): string[] {
  return model.index.forms.map((form) => formName(model.dataset.meta, form, lang));
}

export function localisedLabels(model: Model, lang: AppState["lang"]): string[] {
  return model.dataset.nodes.map((node) => shortName(node, lang));
}

export function nodeColorsOf(model: Model, theme: RenderTheme): string[] {
  return model.dataset.nodes.map((node) => (node.kind === "investor" ? theme.investor : theme.startup));
}

/** A node's graph key from its id; null for none or an id the model lacks. */
export function keyOf(model: Model, id: string | null): string | null {
  return id === null ? null : (graphKeyOf(model, id) ?? null);
}

/** The compared pair's graph keys, or nulls. */
export function compareKeysOf(model: Model, compare: AppState["compare"]): readonly [string | null, string | null] {
  return compare ? [keyOf(model, compare[0]), keyOf(model, compare[1])] : [null, null];
}
