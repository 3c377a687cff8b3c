// Title, description, where the data came from, and the credit line, from the data's meta.
import type { AppStore } from "../state/store";

export interface HeaderElements {
  readonly title: HTMLElement;
  readonly description: HTMLElement;
  readonly origin: HTMLElement;
  readonly credit: HTMLElement;
}

export function mountHeader(elements: HeaderElements, store: AppStore): () => void {
  const render = (): void => {
    const { model } = store.getState();
    if (!model) return;
    const { meta } = model.dataset;
    elements.title.textContent = meta.title;
    document.title = `${meta.title} · Investment Network Explorer`;
    elements.description.textContent = meta.description ?? "";
    elements.origin.textContent = `Data: ${model.origin}${meta.updated ? ` · updated ${meta.updated}` : ""}`;
    elements.credit.textContent = meta.credit ?? "";
  };
  render();
  return store.subscribe((state, previous) => {
    if (state.model !== previous.model) render();
  });
}
