// Words for what the graph shows ("143 of 1,204 investments, 2015–2020, at least $1M, cloud
// credits"), for screen readers and the graph's accessible description. No DOM: unit-tested in Node.
import type { VisibleSet } from "../filter/visible";
import { formatCount, formatUsd } from "./format";
import type { Model } from "../model/model";
import type { FilterState } from "../state/filters";
import type { Language } from "../state/url";
import { t } from "./i18n";
import { formName } from "./names";

/** The active filters in words, joined with commas; "all years, all forms" when nothing is filtered. */
export function describeFilters(filters: FilterState, model: Model, lang: Language): string {
  const parts: string[] = [];
  parts.push(
    filters.years
      ? t(lang, "summary.years", { from: String(filters.years[0]), to: String(filters.years[1]) })
      : t(lang, "summary.allYears"),
  );
  if (filters.minAmount !== null) parts.push(t(lang, "summary.atLeast", { amount: formatUsd(lang, filters.minAmount) }));
  if (filters.maxAmount !== null) parts.push(t(lang, "summary.atMost", { amount: formatUsd(lang, filters.maxAmount) }));
  if (!filters.includeUndisclosed) parts.push(t(lang, "summary.noUndisclosed"));
  if (!filters.includeUndated) parts.push(t(lang, "summary.noUndated"));
  if (filters.forms === null) parts.push(t(lang, "summary.allForms"));
  else {
    const names = filters.forms.map((form) => formName(model.dataset.meta, form, lang).toLowerCase());
    parts.push(names.length > 0 ? names.join(" + ") : "—");
  }
  return parts.join(", ");
}

export function describeView(filters: FilterState, model: Model, visible: VisibleSet, lang: Language): string {
  return t(lang, "summary.graph", {
    deals: formatCount(lang, visible.visibleDeals),
    totalDeals: formatCount(lang, model.index.count),
    nodes: formatCount(lang, visible.visibleNodes),
    filters: describeFilters(filters, model, lang),
  });
}
