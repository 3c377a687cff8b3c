// Filter state: plain, serialisable data, and the pure transitions that change it.
// Transitions are `(args) => (state) => state`; the store only applies them.
import type { ScopeState } from "./scope";

export interface FilterState {
  /** Inclusive year range, or null for the data's whole range. */
  readonly years: readonly [number, number] | null;
  /** Inclusive amount bounds in USD; null means unbounded. */
  readonly minAmount: number | null;
  readonly maxAmount: number | null;
  readonly includeUndisclosed: boolean;
  readonly includeUndated: boolean;
  /** Forms shown, or null for all forms. */
  readonly forms: readonly string[] | null;
  /** Only part of the network (ego=, component=, top=; state/scope.ts); absent: all of it. */
  readonly scope?: ScopeState;
}

export const DEFAULT_FILTERS: FilterState = {
  years: null,
  minAmount: null,
  maxAmount: null,
  includeUndisclosed: true,
  includeUndated: true,
  forms: null,
};

type Transition = (state: FilterState) => FilterState;

export const setYears =
  (years: readonly [number, number] | null, extent: readonly [number, number] | null): Transition =>
  (state) => {
    if (!years || !extent) return { ...state, years: null };
    const from = Math.max(extent[0], Math.min(years[0], years[1]));
    const to = Math.min(extent[1], Math.max(years[0], years[1]));
    const whole = from <= extent[0] && to >= extent[1];
    return { ...state, years: whole ? null : [from, Math.max(from, to)] };
  };

export const setAmountRange =
  (minAmount: number | null, maxAmount: number | null): Transition =>
  (state) => {
    // Swap a reversed range first; then a minimum of 0 or less means no minimum.
    const [low, high] = minAmount !== null && maxAmount !== null && minAmount > maxAmount ? [maxAmount, minAmount] : [minAmount, maxAmount];
    const min = low !== null && low > 0 ? low : null;
    const max = high !== null && Number.isFinite(high) ? high : null;
    return { ...state, minAmount: min, maxAmount: max };
  };

export const setIncludeUndisclosed =
  (includeUndisclosed: boolean): Transition =>
  (state) => ({ ...state, includeUndisclosed });

export const setIncludeUndated =
  (includeUndated: boolean): Transition =>
  (state) => ({ ...state, includeUndated });

/** Show exactly these forms; all of `allForms` (or none given) collapses to null. */
export const setForms =
  (forms: readonly string[] | null, allForms: readonly string[]): Transition =>
  (state) => {
    if (forms === null) return { ...state, forms: null };
    const kept = allForms.filter((form) => forms.includes(form));
    return { ...state, forms: kept.length === allForms.length ? null : kept };
  };

export const toggleForm =
  (form: string, allForms: readonly string[]): Transition =>
  (state) => {
    const shown = state.forms ?? allForms;
    const next = shown.includes(form) ? shown.filter((f) => f !== form) : [...shown, form];
    return setForms(next, allForms)(state);
  };

export const resetFilters = (): Transition => () => DEFAULT_FILTERS;

export function isFiltered(state: FilterState): boolean {
  return (
    state.years !== null ||
    state.minAmount !== null ||
    state.maxAmount !== null ||
    !state.includeUndisclosed ||
    !state.includeUndated ||
    state.forms !== null ||
    state.scope !== undefined
  );
}
