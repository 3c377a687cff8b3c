// One checkbox per form present in the data, with its colour and the number of deals it would show.
// Doubles as the edge-colour legend.
import "../../words/toolWords";
import { formColor } from "../../config/forms";
import type { VisibleSelector } from "../../filter/select";
import type { Model } from "../../model/model";
import { toggleForm } from "../../state/filters";
import { updateFilters, type AppState, type AppStore } from "../../state/store";
import { el, uniqueId } from "../kit/dom";
import { t } from "../../words/i18n";
import { formName, formRecord } from "../../words/names";

export function mountFormFilter(
  container: HTMLElement,
  store: AppStore,
  model: Model,
  selectVisible: VisibleSelector,
): (state: AppState) => void {
  const { forms } = model.index;
  const lang = store.getState().lang;
  const group = el("fieldset", { class: "filter filter--forms" });
  group.append(el("legend", {}, t(lang, "filters.forms")));
  const list = el("ul", { class: "form-list" });
  group.append(list);
  container.append(group);

  const rows = forms.map((form) => {
    const meta = formRecord(model.dataset.meta, form);
    const label = formName(model.dataset.meta, form, lang);
    const id = uniqueId("form");
    const input = el("input", { type: "checkbox", id, value: form, "data-form": form });
    input.addEventListener("change", () => updateFilters(store, toggleForm(form, forms)));
    const swatch = el("span", { class: "swatch", "aria-hidden": "true" });
    swatch.style.background = meta?.color ?? formColor(form);
    const count = el("span", { class: "form-list__count" });
    const item = el("li", { class: "form-list__item" });
    const labelElement = el("label", { for: id });
    labelElement.append(swatch, el("span", { class: "form-list__name" }, label), count);
    item.append(input, labelElement);
    list.append(item);
    return { form, input, count };
  });

  return (state) => {
    const visible = selectVisible(state);
    const shown = state.filters.forms;
    rows.forEach(({ form, input, count }, i) => {
      input.checked = shown === null || shown.includes(form);
      count.textContent = visible ? String(visible.formDeals[i] ?? 0) : "";
    });
  };
}
