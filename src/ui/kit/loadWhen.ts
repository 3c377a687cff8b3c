// Parts of the page whose code is its own chunk, fetched the first time the state needs them (the
// details panel on the first selection, the table on the first switch to it): docs/decisions.md.
import type { AppState, AppStore } from "../../state/store";

/** Calls `load` once, the first time `needed` holds (at once when it holds now). */
export function loadWhen(store: AppStore, needed: (state: AppState) => boolean, load: () => void): void {
  if (needed(store.getState())) {
    load();
    return;
  }
  const stop = store.subscribe((state) => {
    if (!needed(state)) return;
    stop();
    load();
  });
}
