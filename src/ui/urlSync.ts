// Keeps the address bar equal to the view (replaceState), so a copied URL reproduces it.
import type { AppStore } from "../state/store";
import { writeUrlState } from "../state/url";

export function mountUrlSync(store: AppStore): () => void {
  return store.subscribe((state, previous) => {
    if (!state.model) return;
    if (state.filters === previous.filters && state.focus === previous.focus && state.lang === previous.lang && state.model === previous.model) return;
    const params = writeUrlState(new URLSearchParams(window.location.search), state);
    const query = params.toString();
    const next = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, "", next);
  });
}
