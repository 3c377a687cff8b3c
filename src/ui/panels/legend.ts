// The key to the picture: node colours, what size and width mean, and one toggle per form of
// investment (its colour, a line sample and its name), which doubles as the form filter.
import { formColor } from "../../config/forms";
import type { Communities } from "../../model/communities";
import { colorKeyOf } from "../../words/colorKey";
import type { VisibleSelector } from "../../filter/select";
import { setForms, toggleForm } from "../../state/filters";
import { updateFilters, type AppState, type AppStore } from "../../state/store";
import { afterPaint, el } from "../kit/dom";
import { t } from "../../words/i18n";
import { formatCount } from "../../words/format";
import { formName, formRecord } from "../../words/names";
import type { DensityStore } from "../../state/density";

const SVG = "http://www.w3.org/2000/svg";

/** A short stroke in the form's colour, so the key reads like the lines it explains. */
function lineSample(color: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("width", "22");
  svg.setAttribute("height", "10");
  svg.setAttribute("aria-hidden", "true");
  svg.classList.add("legend__line");
  const line = document.createElementNS(SVG, "line");
  line.setAttribute("x1", "1");
  line.setAttribute("x2", "21");
  line.setAttribute("y1", "5");
  line.setAttribute("y2", "5");
  line.setAttribute("stroke", color);
  line.setAttribute("stroke-width", "4");
  line.setAttribute("stroke-linecap", "round");
  svg.append(line);
  return svg;
}

export function mountLegend(container: HTMLElement, store: AppStore, selectVisible: VisibleSelector, density$: DensityStore): () => void {
  let formButtons: Array<{ form: string; button: HTMLButtonElement; count: HTMLElement }> = [];

  // Louvain's result, loaded with its code the first time color=community is chosen.
  let communities: Communities | null = null;
  const render = (): void => {
    const { lang, model, theme, display } = store.getState();
    if (model && display.color === "community" && !communities) {
      void import("../../model/communities").then(({ communitiesOf }) => {
        if (store.getState().model !== model) return;
        communities = communitiesOf(model);
        render();
      });
    }
    container.replaceChildren();
    formButtons = [];
    container.hidden = !model;
    if (!model) return;
    // On a phone the key would cover the picture: it starts folded there, one press away.
    const open = (container.parentElement?.clientWidth ?? 1000) >= 600;
    const toggle = el(
      "button",
      { type: "button", class: "legend__toggle", "aria-expanded": String(open), "aria-controls": "legend-body" },
      t(lang, "legend.title"),
    );
    const body = el("div", { class: "legend__body", id: "legend-body" });
    body.hidden = !open;
    toggle.addEventListener("click", () => {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      body.hidden = !open;
    });

    // The colour key in force: kinds, investor categories, startup sectors or named communities.
    const key = colorKeyOf(model, display.color, theme, lang, display.color === "community" ? communities : null);
    const kinds = el("ul", {
      class: key.mode === "kind" ? "legend__list" : "legend__list legend__list--key",
      "data-color-key": key.mode,
      "aria-label": t(lang, "display.color"),
    });
    for (const entry of key.entries) {
      const dot = el("span", { class: "legend__dot", "aria-hidden": "true" });
      dot.style.setProperty("--dot", entry.color);
      const item = el("li", { class: "legend__item" });
      item.append(dot, el("span", {}, key.mode === "kind" ? entry.label : `${entry.label} (${entry.count.toLocaleString("en-US")})`));
      kinds.append(item);
    }

    const forms = model.index.forms;
    const formList = el("ul", { class: "legend__forms", "aria-label": t(lang, "legend.forms") });
    for (const form of forms) {
      const meta = formRecord(model.dataset.meta, form);
      const label = formName(model.dataset.meta, form, lang);
      const count = el("span", { class: "legend__count" });
      const button = el("button", { type: "button", class: "legend__form", "data-legend-form": form, "aria-pressed": "true" });
      button.append(lineSample(meta?.color ?? formColor(form, theme)), el("span", { class: "legend__form-name" }, label), count);
      button.title = t(lang, "legend.formHint");
      button.addEventListener("click", (event) => {
        // Alt/Option-click isolates a form, as in most chart legends.
        if (event.altKey) updateFilters(store, setForms([form], forms));
        else updateFilters(store, toggleForm(form, forms));
      });
      const item = el("li", {});
      item.append(button);
      formList.append(item);
      formButtons.push({ form, button, count });
    }
    density = el("p", { class: "legend__note legend__note--density" });
    body.append(kinds, formList, el("p", { class: "legend__note" }, t(lang, "legend.size")), density);
    container.append(toggle, body);
    update(store.getState());
    updateDensity();
  };

  let density: HTMLElement | null = null;
  /** How many links large graphs draw: changes with every filter and zoom, so only this line is rewritten. */
  const updateDensity = (): void => {
    const { lang } = store.getState();
    const { links } = density$.getState();
    if (!density) return;
    const thinned = links !== null && links.drawn < links.visible;
    density.hidden = !thinned;
    if (thinned) density.dataset["density"] = "thinned";
    else delete density.dataset["density"];
    density.textContent = thinned
      ? t(lang, "legend.density", { drawn: formatCount(lang, links.drawn), visible: formatCount(lang, links.visible) })
      : "";
  };

  const update = (state: AppState): void => {
    const visible = selectVisible(state);
    const shown = state.filters.forms;
    formButtons.forEach(({ form, button, count }, i) => {
      const on = shown === null || shown.includes(form);
      button.setAttribute("aria-pressed", String(on));
      count.textContent = visible ? formatCount(state.lang, visible.formDeals[i] ?? 0) : "";
    });
  };

  const updateSoon = afterPaint(() => update(store.getState()));
  const renderSoon = afterPaint(() => render());
  render();
  const unsubscribeDensity = density$.subscribe(updateDensity);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.model !== previous.model) communities = null;
    // A new dataset: the graph's first frame first (ui/kit/dom.ts afterPaint), the key after it.
    if (state.model !== previous.model) renderSoon();
    else if (state.lang !== previous.lang || state.theme !== previous.theme || state.display.color !== previous.display.color) render();
    else if (state.filters !== previous.filters) updateSoon();
  });
  return () => {
    unsubscribeDensity();
    unsubscribe();
  };
}
