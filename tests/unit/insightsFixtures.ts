// Shared by the search, details, stats and compare tests: the flagship model, its raw deals (for
// figures computed independently of the deal index) and an arbitrary of filter states.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { computeVisible, type VisibleSet } from "../../src/filter/visible";
import { parseInvestmentGraphText } from "../../src/io/parse";
import type { DealRecord } from "../../src/io/schema";
import { createModel, type Model } from "../../src/model/model";
import { DEFAULT_FILTERS, type FilterState } from "../../src/state/filters";

const FLAGSHIP = "data/china-ai-investments.json";

let flagship: Model | null = null;
export function flagshipModel(): Model {
  if (flagship) return flagship;
  const result = parseInvestmentGraphText(readFileSync(FLAGSHIP, "utf8"));
  if (!result.dataset) throw new Error(`${FLAGSHIP} does not load`);
  flagship = createModel(result.dataset, FLAGSHIP);
  return flagship;
}

export function visibleOf(model: Model, filters: Partial<FilterState> = {}): { filters: FilterState; visible: VisibleSet } {
  const all = { ...DEFAULT_FILTERS, ...filters };
  return { filters: all, visible: computeVisible(model.index, model.dataset.nodes.length, all) };
}

/** A deal's whole amount straight from the record: amountUsd, else its known parts, else undisclosed. */
export function wholeAmount(deal: DealRecord): number | null {
  if (deal.amountUsd != null) return deal.amountUsd;
  const known = (deal.parts ?? []).filter((part) => part.amountUsd != null);
  return known.length ? known.reduce((sum, part) => sum + (part.amountUsd ?? 0), 0) : null;
}

/** Amount of a form in a deal, from the record: its parts of that form, or the whole when unsplit. */
export function formAmount(deal: DealRecord, form: string): number {
  if (!deal.parts) return deal.form === form ? (deal.amountUsd ?? 0) : 0;
  const parts = deal.parts.filter((part) => part.form === form).reduce((sum, part) => sum + (part.amountUsd ?? 0), 0);
  const known = deal.parts.reduce((sum, part) => sum + (part.amountUsd ?? 0), 0);
  const anyKnown = deal.parts.some((part) => part.amountUsd != null);
  // The part of amountUsd the parts leave unexplained belongs to the deal's own form.
  const rest = anyKnown && deal.amountUsd != null && deal.form === form ? Math.max(0, deal.amountUsd - known) : 0;
  return parts + rest;
}

/** Any filter state over the given years and forms. */
export function filtersArbitrary(model: Model): fc.Arbitrary<FilterState> {
  const [lo, hi] = model.index.yearExtent ?? [2000, 2000];
  const forms = model.index.forms;
  return fc.record({
    years: fc.option(
      fc
        .tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi }))
        .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
    ),
    minAmount: fc.option(fc.constantFrom(1e6, 5e7, 1e8, 5e8)),
    maxAmount: fc.option(fc.constantFrom(1e7, 1e8, 1e9, 1e10)),
    includeUndisclosed: fc.boolean(),
    includeUndated: fc.boolean(),
    forms: fc.option(fc.subarray([...forms])),
  });
}
