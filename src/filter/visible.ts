// The visible set: which deals, edges and nodes pass the filters, with their sums, computed in one
// pass over the deal index columns. Pure: reads the index and the filter state, mutates neither.
import type { DealIndex } from "../model/dealIndex";
import { NO_FORM, UNDATED } from "../model/dealIndex";
import type { FilterState } from "../state/filters";

export { NO_FORM };

/** The forms a filter shows: 1 at each selected form's index in `index.forms`; any number of forms. */
export type FormSet = Uint8Array;

export interface VisibleSet {
  /** 1 when the deal passes all filters. */
  readonly dealVisible: Uint8Array;
  /** The amount the deal counts for under the form filter (only matching parts); NaN if undisclosed. */
  readonly dealAmount: Float64Array;
  readonly pairDeals: Uint32Array;
  readonly pairAmount: Float64Array;
  /** Form index (into index.forms) of the pair's largest visible deal or part; NO_FORM when none. */
  readonly pairForm: Uint16Array;
  readonly nodeDeals: Uint32Array;
  readonly nodeAmount: Float64Array;
  /** Per form: deals that would be visible with that form switched on (facet counts). */
  readonly formDeals: Uint32Array;
  readonly visibleDeals: number;
  readonly visiblePairs: number;
  readonly visibleNodes: number;
  /** Sum of visible, disclosed amounts. */
  readonly visibleAmount: number;
}

export function formSetOf(index: DealIndex, forms: readonly string[] | null): FormSet {
  if (forms === null) return allFormsSet(index);
  const wanted = new Set(forms);
  return Uint8Array.from(index.forms, (form) => (wanted.has(form) ? 1 : 0));
}

export function allFormsSet(index: DealIndex): FormSet {
  return new Uint8Array(index.forms.length).fill(1);
}

const has = (set: FormSet, form: number): boolean => set[form] === 1;

/** True when a split deal has an earlier part of the same form in [start, p) (count a deal once per form). */
export function repeatsForm(partForm: Uint16Array, start: number, p: number): boolean {
  for (let q = start; q < p; q++) if (partForm[q] === partForm[p]) return true;
  return false;
}

/** `inScope`: 1 per pair in the asked-for part of the network (filter/scope.ts); null or absent: all. */
export function computeVisible(index: DealIndex, nodeCount: number, filters: FilterState, inScope: Uint8Array | null = null): VisibleSet {
  const { count, year, amount, dealForm, partStart, partForm, partAmount, pair, investor, target } = index;
  const dealVisible = new Uint8Array(count);
  const dealAmount = new Float64Array(count).fill(Number.NaN);
  const pairDeals = new Uint32Array(index.pairCount);
  const pairAmount = new Float64Array(index.pairCount);
  const pairBest = new Float64Array(index.pairCount).fill(-1);
  const pairForm = new Uint16Array(index.pairCount).fill(NO_FORM);
  const nodeDeals = new Uint32Array(nodeCount);
  const nodeAmount = new Float64Array(nodeCount);
  const formDeals = new Uint32Array(index.forms.length);

  const fromYear = filters.years ? filters.years[0] : -Infinity;
  const toYear = filters.years ? filters.years[1] : Infinity;
  const min = filters.minAmount ?? -Infinity;
  const max = filters.maxAmount ?? Infinity;
  const { includeUndated, includeUndisclosed } = filters;
  const selected = formSetOf(index, filters.forms);
  const all = selected.every((on) => on === 1);
  const passesAmount = (a: number): boolean => (Number.isNaN(a) ? includeUndisclosed : a >= min && a <= max);

  let visibleDeals = 0;
  let visibleAmount = 0;
  let partsFrom = 0;
  const repeatsFormPassing = (p: number): boolean => {
    for (let q = partsFrom; q < p; q++) if (partForm[q] === partForm[p] && passesAmount(partAmount[q] ?? Number.NaN)) return true;
    return false;
  };
  for (let d = 0; d < count; d++) {
    if (inScope && !inScope[pair[d] ?? 0]) continue;
    const y = year[d] ?? UNDATED;
    if (y === UNDATED ? !includeUndated : y < fromYear || y > toYear) continue;
    const start = partStart[d] ?? 0;
    const end = partStart[d + 1] ?? 0;
    partsFrom = start;

    let counted: number;
    let bestForm = NO_FORM;
    let bestAmount = -1;
    if (start === end) {
      const bit = dealForm[d] ?? NO_FORM;
      const a = amount[d] ?? Number.NaN;
      if (passesAmount(a) && bit < formDeals.length) formDeals[bit] = (formDeals[bit] ?? 0) + 1;
      if (!has(selected, bit)) continue;
      counted = a;
      bestForm = bit;
      bestAmount = Number.isNaN(a) ? 0 : a;
    } else {
      let known = 0;
      let anyKnown = false;
      let matched = false;
      for (let p = start; p < end; p++) {
        const bit = partForm[p] ?? NO_FORM;
        const a = partAmount[p] ?? Number.NaN;
        // Facet counts: a deal counts once in each form one of its parts has (within the amount range).
        if (passesAmount(a) && bit < formDeals.length && !repeatsFormPassing(p)) formDeals[bit] = (formDeals[bit] ?? 0) + 1;
        if (!has(selected, bit)) continue;
        matched = true;
        if (!Number.isNaN(a)) {
          known += a;
          anyKnown = true;
        }
        const weight = Number.isNaN(a) ? 0 : a;
        if (weight > bestAmount) {
          bestAmount = weight;
          bestForm = bit;
        }
      }
      if (!matched) continue;
      counted = all ? (amount[d] ?? Number.NaN) : anyKnown ? known : Number.NaN;
    }
    if (!passesAmount(counted)) continue;

    dealVisible[d] = 1;
    dealAmount[d] = counted;
    visibleDeals++;
    const value = Number.isNaN(counted) ? 0 : counted;
    visibleAmount += value;
    const p = pair[d] ?? 0;
    pairDeals[p] = (pairDeals[p] ?? 0) + 1;
    pairAmount[p] = (pairAmount[p] ?? 0) + value;
    if (bestAmount > (pairBest[p] ?? -1)) {
      pairBest[p] = bestAmount;
      pairForm[p] = bestForm;
    }
    const from = investor[d] ?? 0;
    const to = target[d] ?? 0;
    nodeDeals[from] = (nodeDeals[from] ?? 0) + 1;
    nodeAmount[from] = (nodeAmount[from] ?? 0) + value;
    if (to !== from) {
      nodeDeals[to] = (nodeDeals[to] ?? 0) + 1;
      nodeAmount[to] = (nodeAmount[to] ?? 0) + value;
    }
  }

  let visiblePairs = 0;
  for (let p = 0; p < pairDeals.length; p++) if (pairDeals[p]) visiblePairs++;
  let visibleNodes = 0;
  for (let n = 0; n < nodeCount; n++) if (nodeDeals[n]) visibleNodes++;

  return {
    dealVisible,
    dealAmount,
    pairDeals,
    pairAmount,
    pairForm,
    nodeDeals,
    nodeAmount,
    formDeals,
    visibleDeals,
    visiblePairs,
    visibleNodes,
    visibleAmount,
  };
}
