// The search box: an ARIA 1.2 combobox over every name of every organisation (English, Korean,
// Chinese, id). Choosing a result focuses it: the store's `focus` moves the camera and opens details.
import "../../words/toolWords";
import type { Model } from "../../model/model";
import { buildSearchIndex, search, type SearchIndex } from "../../model/search";
import type { AppStore } from "../../state/store";
import { el, uniqueId } from "../kit/dom";
import { t } from "../../words/i18n";
import { shortName } from "../../words/names";
import { apply, selectNode } from "../../state/transitions";

interface SearchHit {
  readonly id: string;
  /** The name shown for the node in the current language. */
  readonly label: string;
  /** The name that matched, when it is not `label` (e.g. "알리바바" for Alibaba). */
  readonly matched: string | null;
  /** "Investor" / "Startup", already in the reader's language. */
  readonly kind: string;
}

type SearchFn = (query: string, limit: number) => readonly SearchHit[];

const LIMIT = 8;

export function mountSearchBox(container: HTMLElement, store: AppStore): () => void {
  // The index is built on first use per model: most page views never search.
  let indexed: { model: Model; index: SearchIndex } | null = null;
  const searchFor = (): SearchFn | null => {
    const { model, lang } = store.getState();
    if (!model) return null;
    return (query, limit) => {
      if (indexed?.model !== model) indexed = { model, index: buildSearchIndex(model) };
      return search(indexed.index, query, limit).map((hit) => {
        const node = model.dataset.nodes[hit.node];
        const label = shortName(node, lang, hit.id);
        return {
          id: hit.id,
          label,
          matched: hit.name !== label ? hit.name : null,
          kind: t(lang, node?.kind === "investor" ? "selection.investor" : "selection.startup"),
        };
      });
    };
  };
  const inputId = uniqueId("search");
  const listId = uniqueId("search-list");
  const label = el("label", { for: inputId, class: "visually-hidden" });
  const input = el("input", {
    type: "search",
    id: inputId,
    class: "search__input",
    role: "combobox",
    autocomplete: "off",
    spellcheck: "false",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    "data-action": "search",
  });
  const list = el("ul", { id: listId, role: "listbox", class: "search__list" });
  list.hidden = true;
  const hint = el("p", { class: "visually-hidden", "aria-live": "polite" });
  const wrap = el("div", { class: "search" });
  wrap.append(label, input, list, hint);
  container.append(wrap);

  let hits: readonly SearchHit[] = [];
  let active = -1;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const choose = (hit: SearchHit): void => {
    close();
    input.value = hit.label;
    apply(store, selectNode(hit.id));
  };
  const setActive = (next: number): void => {
    active = hits.length === 0 ? -1 : (next + hits.length) % hits.length;
    list
      .querySelectorAll<HTMLElement>("[role='option']")
      .forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
    if (active >= 0) {
      const option = list.children[active];
      if (option instanceof HTMLElement) {
        input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
      }
    } else input.removeAttribute("aria-activedescendant");
  };
  const update = (): void => {
    const search = searchFor();
    const query = input.value.trim();
    const { lang } = store.getState();
    hits = search && query ? search(query, LIMIT) : [];
    list.replaceChildren();
    hits.forEach((hit, i) => {
      const option = el("li", {
        id: `${listId}-${i}`,
        role: "option",
        class: "search__option",
        "aria-selected": "false",
        "data-node": hit.id,
      });
      option.append(el("span", { class: "search__name" }, hit.label));
      if (hit.matched) option.append(el("span", { class: "search__matched" }, hit.matched));
      option.append(el("span", { class: "search__kind" }, hit.kind));
      // mousedown, not click: the input keeps focus, so the list is not closed by its blur first.
      option.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(hit);
      });
      list.append(option);
    });
    const open = query !== "" && search !== null;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (open && hits.length === 0) list.append(el("li", { class: "search__empty", role: "presentation" }, t(lang, "search.none")));
    hint.textContent = open ? t(lang, "search.count", { count: String(hits.length) }) : "";
    setActive(hits.length > 0 ? 0 : -1);
  };

  input.addEventListener("input", update);
  input.addEventListener("focus", () => {
    if (input.value.trim()) update();
  });
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    const open = !list.hidden;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) update();
      else setActive(active + 1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (open) setActive(active - 1);
    } else if (event.key === "Enter") {
      const hit = hits[active];
      if (open && hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === "Escape") {
      // First Escape closes the list; a second clears the box (the type=search default).
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    }
  });

  const render = (): void => {
    const { lang } = store.getState();
    label.textContent = t(lang, "search.label");
    input.placeholder = t(lang, "search.placeholder");
    input.disabled = searchFor() === null;
  };
  render();
  return store.subscribe((state, previous) => {
    if (state.lang !== previous.lang || state.model !== previous.model) {
      render();
      if (!list.hidden) update();
    }
  });
}
