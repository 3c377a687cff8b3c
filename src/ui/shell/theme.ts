// Light or dark: the embed's dark=true|false flag, else the reader's prefers-color-scheme, followed
// live. Writes the store's `theme` (the renderer reads it) and <html data-theme> (the CSS reads it).
import type { AppStore } from "../../state/store";
import { apply, setTheme } from "../../state/transitions";

export function mountTheme(store: AppStore): () => void {
  const query = window.matchMedia("(prefers-color-scheme: dark)");
  const update = (): void => {
    const { dark } = store.getState().flags;
    const theme = dark === "true" || (dark === "auto" && query.matches) ? "dark" : "light";
    document.documentElement.dataset["theme"] = theme;
    apply(store, setTheme(theme));
  };
  update();
  query.addEventListener("change", update);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.flags !== previous.flags) update();
  });
  return () => {
    query.removeEventListener("change", update);
    unsubscribe();
  };
}
