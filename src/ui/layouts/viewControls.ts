// The view controls beside the filters: the arrangement (layout=), the colour key (color=) and the
// scope (only a node's neighbourhood, only the largest part, only the top N investors).
// Each control applies a named pure transition through the store; it owns no state.
import "../../words/toolWords";
import type { Model } from "../../model/model";
import { ARRANGEMENTS, COLOR_MODES, isArrangementName, isColorMode, setArrangement, setColorMode } from "../../state/display";
import { scopeOf, setComponent, setDepth, setEgo, setTop } from "../../state/scope";
import { updateDisplay, updateFilters, type AppState, type AppStore } from "../../state/store";
import { t } from "../../words/i18n";
import { localName } from "../../words/names";
import { el, uniqueId } from "../kit/dom";
import "./viewControls.css";

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  const label = el("label", { class: "view-controls__field" });
  label.append(el("span", { class: "view-controls__label" }, text), control);
  return label;
}

function nameOf(model: Model, id: string | null, lang: AppState["lang"]): string {
  const i = id === null ? undefined : model.nodeIndexById.get(id);
  return i === undefined ? "" : localName(model.dataset.nodes[i], lang);
}

export function mountViewControls(slot: HTMLElement, store: AppStore): () => void {
  let refresh: ((state: AppState) => void) | null = null;

  const build = (state: AppState): void => {
    slot.replaceChildren();
    refresh = null;
    const { model, lang } = state;
    if (!model) return;
    slot.className = "filter filter--display view-controls";

    const layout = el("select", { "data-action": "layout" });
    for (const name of ARRANGEMENTS) layout.append(el("option", { value: name }, t(lang, `display.layout.${name}`)));
    layout.addEventListener("change", () => {
      if (isArrangementName(layout.value)) updateDisplay(store, setArrangement(layout.value));
    });
    const color = el("select", { "data-action": "color" });
    for (const mode of COLOR_MODES) color.append(el("option", { value: mode }, t(lang, `display.color.${mode}`)));
    color.addEventListener("change", () => {
      if (isColorMode(color.value)) updateDisplay(store, setColorMode(color.value));
    });

    const scope = el("fieldset", { class: "view-controls__scope" });
    scope.append(el("legend", {}, t(lang, "scope.title")));
    const egoBox = el("input", { type: "checkbox", "data-action": "ego" });
    const egoText = el("span", {});
    const egoLabel = el("label", { class: "view-controls__check" });
    egoLabel.append(egoBox, egoText);
    egoBox.addEventListener("change", () => {
      const { focus, filters } = store.getState();
      updateFilters(store, setEgo(egoBox.checked ? (focus ?? scopeOf(filters).ego) : null));
    });
    const depth = el("select", { "data-action": "depth" });
    for (const value of ["1", "2"]) depth.append(el("option", { value }, value));
    depth.addEventListener("change", () => updateFilters(store, setDepth(depth.value === "2" ? 2 : 1)));
    const componentBox = el("input", { type: "checkbox", "data-action": "component" });
    const componentLabel = el("label", { class: "view-controls__check" });
    componentLabel.append(componentBox, el("span", {}, t(lang, "scope.component")));
    componentBox.addEventListener("change", () => updateFilters(store, setComponent(componentBox.checked ? "largest" : null)));
    const topId = uniqueId("top");
    const top = el("input", {
      type: "number",
      id: topId,
      min: 1,
      step: 1,
      inputmode: "numeric",
      placeholder: t(lang, "scope.topAll"),
      "data-action": "top",
      class: "view-controls__top",
    });
    top.addEventListener("change", () => {
      const value = top.value.trim() === "" ? null : Number(top.value);
      // A value the scope cannot take (0, -1, 2.5) puts the field back to what is in force.
      if (value !== null && !(Number.isInteger(value) && value >= 1)) top.value = String(scopeOf(store.getState().filters).top ?? "");
      else updateFilters(store, setTop(value));
    });
    scope.append(egoLabel, labelled(t(lang, "scope.depth"), depth), componentLabel, labelled(t(lang, "scope.top"), top));
    slot.append(labelled(t(lang, "display.layout"), layout), labelled(t(lang, "display.color"), color), scope);

    refresh = (next) => {
      layout.value = next.display.arrangement;
      color.value = next.display.color;
      const current = scopeOf(next.filters);
      egoBox.checked = current.ego !== null;
      const egoId = current.ego ?? next.focus;
      egoBox.disabled = egoId === null;
      egoText.textContent = `${t(next.lang, "scope.ego")} ${egoId === null ? "…" : nameOf(model, egoId, next.lang)}`;
      depth.value = String(current.depth);
      depth.disabled = current.ego === null;
      componentBox.checked = current.component !== null;
      if (document.activeElement !== top) top.value = current.top === null ? "" : String(current.top);
    };
    refresh(state);
  };

  build(store.getState());
  return store.subscribe((state, previous) => {
    if (state.model !== previous.model || state.lang !== previous.lang) build(state);
    else if (state.display !== previous.display || state.filters !== previous.filters || state.focus !== previous.focus) refresh?.(state);
  });
}
