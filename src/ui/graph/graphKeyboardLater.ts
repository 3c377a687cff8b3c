// The graph's keyboard widget in an embed: its code (graphKeyboard.ts, the nearest-node search and
// its words) is a chunk fetched on the first focus of the graph, or once the page is ready and idle,
// whichever comes first. The graph is focusable at once; keys pressed before the chunk arrives are
// kept and replayed to it, so nothing a reader types is lost.
import type { VisibleSelector } from "../../filter/select";
import type { AppStore } from "../../state/store";
import { loadWhen } from "../kit/loadWhen";
import type { GraphKeyboardOptions } from "./graphKeyboard";

/** Makes the graph focusable and returns `load`, which fetches and mounts the widget (once); the full app calls it at once. */
export function mountGraphKeyboardLater(
  container: HTMLElement,
  store: AppStore,
  selectVisible: VisibleSelector,
  options: GraphKeyboardOptions,
): () => Promise<void> {
  container.tabIndex = 0;
  const early: KeyboardEvent[] = [];
  const keep = (event: KeyboardEvent): void => {
    if (event.target !== container) return;
    early.push(event);
    // The keys the widget handles would scroll the page meanwhile.
    if (/^(Arrow|Home|Enter|Escape)/.test(event.key) || event.key.toLowerCase() === "n") event.preventDefault();
  };
  let loading: Promise<void> | null = null;
  const load = (): Promise<void> =>
    (loading ??= import("./graphKeyboard").then(({ mountGraphKeyboard }) => {
      container.removeEventListener("keydown", keep);
      container.removeEventListener("focus", onFocus);
      mountGraphKeyboard(container, store, selectVisible, options);
      for (const event of early.splice(0)) container.dispatchEvent(new KeyboardEvent("keydown", event));
    }));
  const onFocus = (): void => void load();
  container.addEventListener("keydown", keep);
  container.addEventListener("focus", onFocus);
  const idle = (): void => {
    const start = (): void => void load();
    if ("requestIdleCallback" in window) window.requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 0);
  };
  loadWhen(store, (state) => state.load === "ready", idle);
  return load;
}
