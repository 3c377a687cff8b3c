// Mirrors the load state on #app[data-state] (loading | ready | error) and the layout on
// #app[data-layout] (running | settled): the hooks tests wait on.
import type { AppStore } from "../../state/store";

export function mountAppState(root: HTMLElement, store: AppStore): () => void {
  const render = (): void => {
    const { load, layout } = store.getState();
    root.dataset["state"] = load;
    if (layout.running) root.dataset["layout"] = "running";
    else if (layout.ran) root.dataset["layout"] = "settled";
    else delete root.dataset["layout"];
  };
  render();
  return store.subscribe((state, previous) => {
    if (state.load !== previous.load || state.layout !== previous.layout) render();
  });
}
