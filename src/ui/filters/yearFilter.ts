// Year range: a brushable histogram of deals per year, two number fields for the keyboard, and the
// "include undated" switch. Writes filter transitions; reads the range back from the store.
import "../../words/toolWords";
import { setIncludeUndated, setYears } from "../../state/filters";
import { updateFilters, type AppState, type AppStore } from "../../state/store";
import type { Model } from "../../model/model";
import { UNDATED } from "../../model/dealIndex";
import { el, uniqueId } from "../kit/dom";
import { t } from "../../words/i18n";
import { mountRangeHistogram, type Bin } from "../kit/rangeHistogram";

export function mountYearFilter(container: HTMLElement, store: AppStore, model: Model): (state: AppState) => void {
  const { index } = model;
  const extent = index.yearExtent;
  const lang = store.getState().lang;
  const group = el("fieldset", { class: "filter filter--years" });
  group.append(el("legend", {}, t(lang, "filters.years")));
  container.append(group);
  let undatedCount = 0;
  for (const year of index.year) if (year === UNDATED) undatedCount++;

  const undatedId = uniqueId("undated");
  const undated = el("input", { type: "checkbox", id: undatedId, "data-filter": "undated" });
  undated.addEventListener("change", () => updateFilters(store, setIncludeUndated(undated.checked)));
  const undatedRow = el("div", { class: "filter__switch" });
  undatedRow.append(undated, el("label", { for: undatedId }, `${t(lang, "filters.undated")} (${undatedCount})`));

  if (!extent) {
    group.append(undatedRow);
    return (state) => {
      undated.checked = state.filters.includeUndated;
    };
  }
  const [first, last] = extent;
  const counts = new Map<number, number>();
  for (const year of index.year) if (year !== UNDATED) counts.set(year, (counts.get(year) ?? 0) + 1);
  const bins: Bin[] = [];
  for (let year = first; year <= last; year++) bins.push({ x0: year, x1: year + 1, count: counts.get(year) ?? 0 });
  const step = Math.max(1, Math.ceil((last - first + 1) / 5));
  const ticks: number[] = [];
  for (let year = first; year <= last; year += step) ticks.push(year + 0.5);

  const chart = el("div", { class: "filter__chart" });
  group.append(chart);
  const histogram = mountRangeHistogram(chart, {
    bins,
    domain: [first, last + 1],
    log: false,
    label: `${t(lang, "filters.years")}: ${first}–${last}`,
    ticks,
    tickFormat: (value) => String(Math.floor(value)),
    color: "#7B8794",
    snap: ([a, b]) => {
      const from = Math.max(first, Math.round(a));
      return [from, Math.max(from, Math.min(last, Math.round(b) - 1))];
    },
    onBrush: (range) => updateFilters(store, setYears(range, extent)),
  });

  const inputs = el("div", { class: "filter__inputs" });
  const field = (labelKey: "filters.from" | "filters.to", name: string): HTMLInputElement => {
    const id = uniqueId(name);
    const input = el("input", { type: "number", id, min: first, max: last, step: 1, inputmode: "numeric", "data-filter": name });
    const wrap = el("div", { class: "filter__field" });
    wrap.append(el("label", { for: id }, t(lang, labelKey)), input);
    inputs.append(wrap);
    return input;
  };
  const from = field("filters.from", "year-from");
  const to = field("filters.to", "year-to");
  const commit = (): void => {
    const a = Number(from.value || first);
    const b = Number(to.value || last);
    if (!Number.isInteger(a) || !Number.isInteger(b)) return;
    updateFilters(store, setYears([a, b], extent));
  };
  from.addEventListener("change", commit);
  to.addEventListener("change", commit);
  group.append(inputs, undatedRow);

  return (state) => {
    const years = state.filters.years;
    histogram.setRange(years ? [years[0], years[1] + 1] : null);
    from.value = String(years ? years[0] : first);
    to.value = String(years ? years[1] : last);
    undated.checked = state.filters.includeUndated;
  };
}
