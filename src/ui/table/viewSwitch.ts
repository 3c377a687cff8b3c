// The graph / table switch (data-view="graph" | "table"). Small and always there; the table itself
// is its own chunk, fetched the first time the reader switches to it.
import type { AppStore } from "../../state/store";
import { apply, showView } from "../../state/transitions";
import { el } from "../kit/dom";
import { t } from "../../words/i18n";

export function mountViewSwitch(container: HTMLElement, store: AppStore): () => void {
  const buttons = (["graph", "table"] as const).map((view) => {
    const button = el("button", { type: "button", class: "view-switch__button", "data-view": view });
    button.addEventListener("click", () => apply(store, showView(view)));
    return button;
  });
  container.append(...buttons);
  const render = (): void => {
    const { view, lang } = store.getState();
    buttons.forEach((button, i) => {
      const name = i === 0 ? "graph" : "table";
      button.textContent = t(lang, name === "graph" ? "view.graph" : "view.table");
      button.setAttribute("aria-pressed", String(view === name));
    });
  };
  render();
  return store.subscribe((state, previous) => {
    if (state.view !== previous.view || state.lang !== previous.lang) render();
  });
}
