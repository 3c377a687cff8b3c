// Mirrors the load state on #app[data-state] (loading | ready | error): the hook tests wait on.
import type { AppStore } from "../../state/store";

export function mountAppState(root: HTMLElement, store: AppStore): () => void {
  const render = (): void => {
    root.dataset["state"] = store.getState().load;
  };
  render();
  return store.subscribe((state, previous) => {
    if (state.load !== previous.load) render();
  });
}
