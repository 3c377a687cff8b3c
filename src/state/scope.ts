// Scope: which part of the network is shown at all (ego=, depth=, component=, top=), as plain
// filter data, and its pure transitions `(args) => (filters) => filters`. The pass is in filter/.
import type { FilterState } from "./filters";

export interface ScopeState {
  /** Only this node (id) and what lies within `depth` links of it. */
  readonly ego: string | null;
  readonly depth: 1 | 2;
  /** Only the largest connected part. */
  readonly component: "largest" | null;
  /** Only the N investors with most deals and what they back. */
  readonly top: number | null;
}

export const NO_SCOPE: ScopeState = { ego: null, depth: 1, component: null, top: null };

export const DEPTHS = [1, 2] as const;

export function scopeOf(filters: FilterState): ScopeState {
  return filters.scope ?? NO_SCOPE;
}

export function hasScope(scope: ScopeState | undefined): boolean {
  return scope !== undefined && (scope.ego !== null || scope.component !== null || scope.top !== null);
}

type Transition = (filters: FilterState) => FilterState;

/** Applies a change to the scope; an empty scope is stored as none, so filters compare equal. */
const withScope =
  (change: (scope: ScopeState) => ScopeState): Transition =>
  (filters) => {
    const before = scopeOf(filters);
    const next = change(before);
    if (next.ego === before.ego && next.depth === before.depth && next.component === before.component && next.top === before.top)
      return filters;
    const { scope: _old, ...rest } = filters;
    return hasScope(next) ? { ...rest, scope: next } : rest;
  };

export const setEgo = (ego: string | null, depth?: 1 | 2): Transition =>
  withScope((scope) => ({ ...scope, ego, depth: ego === null ? 1 : (depth ?? scope.depth) }));

export const setDepth = (depth: 1 | 2): Transition => withScope((scope) => (scope.ego === null ? scope : { ...scope, depth }));

export const setComponent = (component: "largest" | null): Transition => withScope((scope) => ({ ...scope, component }));

/** top=N: a whole number of at least 1, or null for all investors. */
export const setTop = (top: number | null): Transition =>
  withScope((scope) => ({ ...scope, top: top !== null && Number.isInteger(top) && top >= 1 ? top : null }));

export const clearScope = (): Transition => withScope(() => NO_SCOPE);
