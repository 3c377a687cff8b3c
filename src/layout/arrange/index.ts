// The arrangements by name, computed once per model and arrangement (memoised on the model), and
// the radial view of a neighbourhood. Must not: compute anything per filter change.
import type { Model } from "../../model/model";
import { bipartite } from "./bipartite";
import { byPlace } from "./map";
import { radial } from "./radial";
import { bySector } from "./sector";
import type { ArrangementName, Placement } from "./types";
import { byYear } from "./year";

export type { ArrangementName, Placement, Mark, TextMark, AxisMark, MarkWord } from "./types";
export { mapProjection } from "./map";
export { yearX } from "./year";

/** What a placement is computed for: an arrangement (bipartite in rows on phones), or a neighbourhood. */
export type PlacementKey =
  { readonly arrangement: Exclude<ArrangementName, "force">; readonly rows?: boolean } | { readonly ego: number; readonly depth: number };

const memo = new WeakMap<Model, Map<string, Placement>>();

export function keyText(key: PlacementKey): string {
  return "ego" in key ? `ego:${key.ego}:${key.depth}` : `${key.arrangement}${key.rows ? ":rows" : ""}`;
}

export function placementFor(model: Model, key: PlacementKey): Placement {
  let own = memo.get(model);
  if (!own) memo.set(model, (own = new Map<string, Placement>()));
  const text = keyText(key);
  const known = own.get(text);
  if (known) return known;
  const placement = compute(model, key);
  own.set(text, placement);
  return placement;
}

function compute(model: Model, key: PlacementKey): Placement {
  if ("ego" in key) return radial(model, key.ego, key.depth);
  switch (key.arrangement) {
    case "bipartite":
      return bipartite(model, { rows: key.rows === true });
    case "year":
      return byYear(model);
    case "sector":
      return bySector(model);
    case "map":
      return byPlace(model);
  }
}
