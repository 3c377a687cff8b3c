// The scope pass: which linked pairs are in the part of the network the reader asked for (ego=,
// depth=, component=largest, top=N), before the year / amount / form filters apply to their deals.
// Pure and memoised per model and scope; structural (from all deals), so a filter never moves it.
import { hopsFrom } from "../layout/arrange/radial";
import { pairEnds } from "../layout/arrange/pairs";
import type { Model } from "../model/model";
import { hasScope, type ScopeState } from "../state/scope";

const memo = new WeakMap<Model, Map<string, Uint8Array>>();

/** 1 for each pair in scope; null when the scope is everything. */
export function scopePairs(model: Model, scope: ScopeState | undefined): Uint8Array | null {
  if (!scope || !hasScope(scope)) return null;
  let own = memo.get(model);
  if (!own) memo.set(model, (own = new Map<string, Uint8Array>()));
  const key = JSON.stringify([scope.ego, scope.depth, scope.component, scope.top]);
  const known = own.get(key);
  if (known) return known;
  const pairs = computeScope(model, scope);
  own.set(key, pairs);
  return pairs;
}

function computeScope(model: Model, scope: ScopeState): Uint8Array {
  const count = model.dataset.nodes.length;
  const ends = pairEnds(model.index);
  const pairs = new Uint8Array(ends.source.length).fill(1);
  // Each part keeps the pairs with both ends inside it (an induced subnetwork); parts intersect.
  const keepInside = (inside: (node: number) => boolean): void => {
    for (let p = 0; p < pairs.length; p++) if (!inside(ends.source[p] ?? 0) || !inside(ends.target[p] ?? 0)) pairs[p] = 0;
  };
  if (scope.ego !== null) {
    const centre = model.nodeIndexById.get(scope.ego) ?? -1;
    const hops = hopsFrom(model, centre, scope.depth);
    keepInside((node) => (hops[node] ?? -1) >= 0);
  }
  if (scope.component === "largest") {
    const part = largestComponent(ends, count);
    keepInside((node) => part[node] === 1);
  }
  if (scope.top !== null) {
    const top = mostActiveInvestors(model, scope.top);
    for (let p = 0; p < pairs.length; p++) if (!top.has(ends.source[p] ?? 0)) pairs[p] = 0;
  }
  return pairs;
}

/** 1 for each node of the connected part with most nodes (the earliest such part on a tie). */
export function largestComponent(ends: { source: Uint32Array; target: Uint32Array }, count: number): Uint8Array {
  const parent = Int32Array.from({ length: count }, (_u, i) => i);
  const find = (n: number): number => {
    let root = n;
    while ((parent[root] ?? root) !== root) root = parent[root] ?? root;
    while ((parent[n] ?? n) !== root) {
      const next = parent[n] ?? n;
      parent[n] = root;
      n = next;
    }
    return root;
  };
  for (let p = 0; p < ends.source.length; p++) {
    const a = find(ends.source[p] ?? 0);
    const b = find(ends.target[p] ?? 0);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const size = new Uint32Array(count);
  for (let n = 0; n < count; n++) size[find(n)] = (size[find(n)] ?? 0) + 1;
  let best = 0;
  for (let n = 0; n < count; n++) if ((size[n] ?? 0) > (size[best] ?? 0)) best = n;
  const inside = new Uint8Array(count);
  for (let n = 0; n < count; n++) if (find(n) === best) inside[n] = 1;
  return inside;
}

/** The N nodes with most deals as investor (ties: larger disclosed total, then data order). */
export function mostActiveInvestors(model: Model, n: number): Set<number> {
  const { index } = model;
  const deals = new Uint32Array(model.dataset.nodes.length);
  const amount = new Float64Array(model.dataset.nodes.length);
  for (let d = 0; d < index.count; d++) {
    const investor = index.investor[d] ?? 0;
    deals[investor] = (deals[investor] ?? 0) + 1;
    const value = index.amount[d] ?? Number.NaN;
    if (!Number.isNaN(value)) amount[investor] = (amount[investor] ?? 0) + value;
  }
  const investors = Array.from(deals.keys()).filter((i) => (deals[i] ?? 0) > 0);
  investors.sort((a, b) => (deals[b] ?? 0) - (deals[a] ?? 0) || (amount[b] ?? 0) - (amount[a] ?? 0) || a - b);
  return new Set(investors.slice(0, n));
}
