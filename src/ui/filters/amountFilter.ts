// Amount range on a log scale: a brushable histogram of disclosed amounts, min/max fields that read
// "10M" or "$1.5B", and the "include undisclosed" switch.
import "../../words/toolWords";
import { formatUsd, parseAmount } from "../../io/amount";
import { formatUsd as displayUsd } from "../../words/format";
import type { Model } from "../../model/model";
import { setAmountRange, setIncludeUndisclosed } from "../../state/filters";
import { updateFilters, type AppState, type AppStore } from "../../state/store";
import { el, uniqueId } from "../kit/dom";
import { t } from "../../words/i18n";
import { mountRangeHistogram, type Bin } from "../kit/rangeHistogram";

/** Rounds to 1, 2 or 5 times a power of ten, down or up: ranges people can read. */
export function niceAmount(value: number, direction: "down" | "up"): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 5, 10];
  if (direction === "down") {
    let best = power;
    for (const step of steps) if (step * power <= value * (1 + 1e-9)) best = step * power;
    return best;
  }
  for (const step of steps) if (step * power >= value * (1 - 1e-9)) return step * power;
  return 10 * power;
}

export function mountAmountFilter(container: HTMLElement, store: AppStore, model: Model): (state: AppState) => void {
  const { index } = model;
  const lang = store.getState().lang;
  const group = el("fieldset", { class: "filter filter--amount" });
  group.append(el("legend", {}, t(lang, "filters.amount")));
  container.append(group);

  let undisclosedCount = 0;
  for (const amount of index.amount) if (Number.isNaN(amount)) undisclosedCount++;
  const extent = index.amountExtent;
  let histogram: ReturnType<typeof mountRangeHistogram> | null = null;
  let domain: readonly [number, number] | null = null;
  if (extent) {
    const low = 10 ** Math.floor(Math.log10(Math.max(1, extent[0])));
    const high = Math.max(low * 10, 10 ** Math.ceil(Math.log10(Math.max(1, extent[1]) * 1.0001)));
    domain = [low, high];
    // Two bins per decade.
    const binCount = Math.round(Math.log10(high / low) * 2);
    const counts = new Array<number>(binCount).fill(0);
    for (const amount of index.amount) {
      if (!(amount > 0)) continue;
      const bin = Math.min(binCount - 1, Math.max(0, Math.floor(Math.log10(amount / low) * 2)));
      counts[bin] = (counts[bin] ?? 0) + 1;
    }
    const bins: Bin[] = counts.map((count, k) => ({ x0: low * 10 ** (k / 2), x1: low * 10 ** ((k + 1) / 2), count }));
    const ticks: number[] = [];
    const decades = Math.round(Math.log10(high / low));
    const every = Math.max(1, Math.ceil(decades / 4));
    for (let k = 0; k <= decades; k += every) ticks.push(low * 10 ** k);
    const chart = el("div", { class: "filter__chart" });
    group.append(chart);
    const [lo, hi] = domain;
    histogram = mountRangeHistogram(chart, {
      bins,
      domain,
      log: true,
      label: `${t(lang, "filters.amount")}: ${displayUsd(lang, extent[0])}–${displayUsd(lang, extent[1])}`,
      ticks,
      tickFormat: (value) => displayUsd(lang, value),
      color: "#7B8794",
      snap: ([a, b]) => [niceAmount(a, "down"), niceAmount(b, "up")],
      onBrush: (range) => {
        if (!range) return updateFilters(store, setAmountRange(null, null));
        updateFilters(store, setAmountRange(range[0] <= lo ? null : range[0], range[1] >= hi ? null : range[1]));
      },
    });
  }

  const inputs = el("div", { class: "filter__inputs" });
  const field = (labelKey: "filters.min" | "filters.max", name: string): HTMLInputElement => {
    const id = uniqueId(name);
    const input = el("input", {
      type: "text",
      id,
      inputmode: "decimal",
      placeholder: t(lang, "filters.amountHint"),
      "data-filter": name,
      autocomplete: "off",
    });
    const wrap = el("div", { class: "filter__field" });
    wrap.append(el("label", { for: id }, t(lang, labelKey)), input);
    inputs.append(wrap);
    return input;
  };
  const min = field("filters.min", "amount-min");
  const max = field("filters.max", "amount-max");
  const read = (input: HTMLInputElement): number | null | undefined => {
    if (input.value.trim() === "") return null;
    const value = parseAmount(input.value);
    input.setAttribute("aria-invalid", String(value === null));
    return value ?? undefined;
  };
  const commit = (): void => {
    const a = read(min);
    const b = read(max);
    if (a === undefined || b === undefined) return;
    updateFilters(store, setAmountRange(a, b));
  };
  min.addEventListener("change", commit);
  max.addEventListener("change", commit);

  const undisclosedId = uniqueId("undisclosed");
  const undisclosed = el("input", { type: "checkbox", id: undisclosedId, "data-filter": "undisclosed" });
  undisclosed.addEventListener("change", () => updateFilters(store, setIncludeUndisclosed(undisclosed.checked)));
  const row = el("div", { class: "filter__switch" });
  row.append(undisclosed, el("label", { for: undisclosedId }, `${t(lang, "filters.undisclosed")} (${undisclosedCount})`));
  group.append(inputs, row);

  return (state) => {
    const { minAmount, maxAmount } = state.filters;
    if (histogram && domain) {
      histogram.setRange(minAmount === null && maxAmount === null ? null : [minAmount ?? domain[0], maxAmount ?? domain[1]]);
    }
    min.value = minAmount === null ? "" : formatUsd(minAmount);
    max.value = maxAmount === null ? "" : formatUsd(maxAmount);
    min.removeAttribute("aria-invalid");
    max.removeAttribute("aria-invalid");
    undisclosed.checked = state.filters.includeUndisclosed;
  };
}
