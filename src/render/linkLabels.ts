// A link's label on hover: every form among its visible deals and their shown amount ("Cash + Cloud
// credits $800M"), so a split deal is not read as cash alone. Must not: count hidden deals or forms.
import { formSetOf } from "../filter/visible";
import type { Model } from "../model/model";
import type { AppState } from "../state/store";
import { formatUsd } from "../words/format";
import type { ViewState } from "./viewState";
import { formNamesOf, pairDealLists } from "./viewData";

export interface LinkLabeller {
  /** The label of linked pair `pair` under the current filters and language. */
  readonly label: (pair: number) => string;
}

export function linkLabeller(
  model: Model,
  view: Pick<ViewState, "visible">,
  stateOf: () => Pick<AppState, "filters" | "lang">,
): LinkLabeller {
  const { index } = model;
  // pair -> deals is built on the first label asked for; the form names once per language.
  let dealsOfPair: { start: Uint32Array; deals: Uint32Array } | null = null;
  let names: { lang: AppState["lang"]; names: string[] } | null = null;
  return {
    label(pair) {
      const { filters, lang } = stateOf();
      dealsOfPair ??= pairDealLists(index);
      if (names?.lang !== lang) names = { lang, names: formNamesOf(model, lang) };
      const shown = formSetOf(index, filters.forms);
      const present = new Uint8Array(index.forms.length);
      for (let at = dealsOfPair.start[pair] ?? 0; at < (dealsOfPair.start[pair + 1] ?? 0); at++) {
        const d = dealsOfPair.deals[at] ?? 0;
        if (!view.visible.dealVisible[d]) continue;
        const start = index.partStart[d] ?? 0;
        const end = index.partStart[d + 1] ?? 0;
        if (start === end) present[index.dealForm[d] ?? 0] = 1;
        for (let p = start; p < end; p++) present[index.partForm[p] ?? 0] = 1;
      }
      const words = names.names.filter((_name, form) => present[form] === 1 && shown[form] === 1);
      const amount = view.visible.pairAmount[pair] ?? 0;
      return `${words.join(" + ")}${amount > 0 ? ` ${formatUsd(lang, amount)}` : ""}`;
    },
  };
}
