// What stays bright around a node or between two compared investors, and which nodes and links a
// change of highlight touches, so only those are re-reduced. Pure graph lookups; no sigma.
import type { VisibleSet } from "../filter/visible";
import type { InvestmentGraph } from "../model/graph";

/** The node and its neighbours through visible edges. */
export function neighbourhood(graph: InvestmentGraph, visible: VisibleSet, centre: string | null): Set<string> | null {
  if (centre === null || !graph.hasNode(centre)) return null;
  const set = new Set<string>([centre]);
  graph.forEachEdge(centre, (_edge, attributes, source, target) => {
    if (visible.pairDeals[attributes.index]) set.add(source === centre ? target : source);
  });
  return set;
}

/** Two investors and the startups both back through visible links; null unless both are nodes. */
export function sharedPortfolio(graph: InvestmentGraph, visible: VisibleSet, a: string | null, b: string | null): Set<string> | null {
  if (a === null || b === null || !graph.hasNode(a) || !graph.hasNode(b)) return null;
  const backedByA = new Set<string>();
  graph.forEachOutEdge(a, (_edge, attributes, _source, target) => {
    if (visible.pairDeals[attributes.index]) backedByA.add(target);
  });
  const set = new Set<string>([a, b]);
  graph.forEachOutEdge(b, (_edge, attributes, _source, target) => {
    if (visible.pairDeals[attributes.index] && backedByA.has(target)) set.add(target);
  });
  return set;
}

/** What a highlight is made of: a centre (hovered or focused node) or a compared pair. */
export interface HighlightSource {
  readonly visible: VisibleSet;
  readonly centre: string | null;
  readonly compareKeys: readonly [string | null, string | null];
}

/** The bright set: the centre's neighbourhood, else the compared investors' shared portfolio. */
export function brightOf(graph: InvestmentGraph, source: HighlightSource): Set<string> | null {
  return neighbourhood(graph, source.visible, source.centre) ?? sharedPortfolio(graph, source.visible, ...source.compareKeys);
}

/**
 * Nodes and links whose reduced look depends on the highlight, before or after a change: the bright
 * nodes of both, and the links of the centres and compared investors (a link's look depends only on
 * whether it touches the centre or lies inside the compared pair's set). Adds into `nodes` / `edges`.
 */
export function highlightTouches(
  graph: InvestmentGraph,
  before: HighlightSource & { readonly bright: ReadonlySet<string> | null },
  after: HighlightSource & { readonly bright: ReadonlySet<string> | null },
  nodes: Set<string>,
  edges: Set<string>,
): void {
  for (const set of [before.bright, after.bright]) for (const key of set ?? []) nodes.add(key);
  const ends = new Set([before.centre, after.centre, ...before.compareKeys, ...after.compareKeys]);
  for (const key of ends) if (key !== null && graph.hasNode(key)) graph.forEachEdge(key, (edge) => void edges.add(edge));
}

/** True when two highlights draw the same: same centre, compared pair and bright set. */
export function sameHighlight(
  a: HighlightSource & { readonly bright: ReadonlySet<string> | null },
  b: HighlightSource & { readonly bright: ReadonlySet<string> | null },
): boolean {
  if (a.centre !== b.centre || a.compareKeys[0] !== b.compareKeys[0] || a.compareKeys[1] !== b.compareKeys[1]) return false;
  if (a.bright === b.bright) return true;
  if (!a.bright || !b.bright || a.bright.size !== b.bright.size) return false;
  for (const key of a.bright) if (!b.bright.has(key)) return false;
  return true;
}
