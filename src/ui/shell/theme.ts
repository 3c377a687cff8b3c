// Light or dark: the embed's dark=true|false flag, else the reader's prefers-color-scheme, followed
// live. Writes the store's `theme` (the renderer reads it) and <html data-theme> (the CSS reads it).
import type { AppStore } from "../../state/store";

export function mountTheme(store: AppStore): () => void {
  const query = window.matchMedia("(prefers-color-scheme: dark)");
  const apply = (): void => {
    const { dark } = store.getState().flags;
    const theme = dark === "true" || (dark === "auto" && query.matches) ? "dark" : "light";
    document.documentElement.dataset["theme"] = theme;
    if (store.getState().theme !== theme) store.setState({ theme });
  };
  apply();
  query.addEventListener("change", apply);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.flags !== previous.flags) apply();
  });
  return () => {
    query.removeEventListener("change", apply);
    unsubscribe();
  };
}
