// The links the layout pulls along, as the app's worker and `npm run layout` get them: in the main
// chunk (the test handle reads them), while the supervisor is fetched only when a layout runs.
import type { InvestmentGraph } from "../model/graph";

/** One pair of node indices per linked pair (both directions of a pair count once), in edge order. */
export function linkPairsOf(graph: InvestmentGraph): Uint32Array {
  const seen = new Set<number>();
  const pairs: number[] = [];
  graph.forEachEdge((_edge, _attributes, _source, _target, source, target) => {
    const a = Math.min(source.index, target.index);
    const b = Math.max(source.index, target.index);
    const key = a * graph.order + b;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    pairs.push(source.index, target.index);
  });
  return Uint32Array.from(pairs);
}
