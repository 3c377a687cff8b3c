// The key to the picture: what colour tells investors from startups, what size and width mean.
// Edge colours are keyed by the form filter beside the graph, which doubles as that legend.
import { NODE_COLORS } from "../config/forms";
import type { AppStore } from "../state/store";
import { el } from "./dom";
import { t } from "./i18n";

export function mountLegend(container: HTMLElement, store: AppStore): () => void {
  const render = (): void => {
    const { lang, model } = store.getState();
    container.replaceChildren();
    container.hidden = !model;
    const list = el("ul", { class: "legend__list" });
    for (const kind of ["investor", "startup"] as const) {
      const dot = el("span", { class: "legend__dot", "aria-hidden": "true" });
      dot.style.background = NODE_COLORS[kind];
      const item = el("li", { class: "legend__item" });
      item.append(dot, el("span", {}, t(lang, kind === "investor" ? "legend.investor" : "legend.startup")));
      list.append(item);
    }
    container.append(list, el("p", { class: "legend__note" }, t(lang, "legend.size")));
    const links = store.getState().drawnLinks;
    if (links && links.drawn < links.visible) {
      container.append(
        el("p", { class: "legend__note legend__note--density", "data-density": "thinned" }, t(lang, "legend.density", { drawn: links.drawn.toLocaleString("en-US"), visible: links.visible.toLocaleString("en-US") })),
      );
    }
  };
  render();
  return store.subscribe((state, previous) => {
    if (state.lang !== previous.lang || state.model !== previous.model || state.drawnLinks !== previous.drawnLinks) render();
  });
}
