// Title, description, where the data came from, and the credit line, from the data's meta (with the
// editor's draft on top, so edits show as they are typed).
import { shownMeta } from "../../state/edits";
import type { AppStore } from "../../state/store";
import { t } from "../../words/i18n";

export interface HeaderElements {
  readonly title: HTMLElement;
  readonly description: HTMLElement;
  readonly origin: HTMLElement;
  readonly credit: HTMLElement;
}

export function mountHeader(elements: HeaderElements, store: AppStore): () => void {
  const render = (): void => {
    const state = store.getState();
    const { model, lang } = state;
    const meta = shownMeta(state);
    if (!model || !meta) return;
    // The editor writes English; a translation the data gives still wins in its language.
    const translated = lang === "en" ? undefined : meta.translations?.[lang];
    const title = translated?.title ?? meta.title;
    elements.title.textContent = title;
    document.title = `${title} · Investment Network Explorer`;
    elements.description.textContent = translated?.description ?? meta.description ?? "";
    const origin = t(lang, "header.origin", { origin: model.origin });
    elements.origin.textContent = meta.updated ? `${origin} · ${t(lang, "header.updated", { date: meta.updated })}` : origin;
    elements.credit.textContent = translated?.credit ?? meta.credit ?? "";
  };
  render();
  return store.subscribe((state, previous) => {
    if (state.model !== previous.model || state.lang !== previous.lang || state.edits !== previous.edits) render();
  });
}
