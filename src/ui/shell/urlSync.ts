// Keeps the address bar equal to the view (replaceState), so a copied URL reproduces it. Writes
// shortly after the last change: replaceState costs milliseconds, which a brush drag should not pay.
import type { AppState, AppStore } from "../../state/store";
import { stepParamOf } from "../../state/storyStep";
import { writeUrlState } from "../../state/url";

const DELAY_MS = 80;

export function mountUrlSync(store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = (): void => {
    timer = null;
    const state = store.getState();
    if (!state.model) return;
    const params = writeUrlState(new URLSearchParams(window.location.search), state, stepParamOf(state));
    const query = params.toString();
    const next = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, "", next);
  };
  const flush = (): void => {
    if (timer === null) return;
    clearTimeout(timer);
    write();
  };
  window.addEventListener("pagehide", flush);
  const unsubscribe = store.subscribe((state: AppState, previous: AppState) => {
    if (!state.model) return;
    if (
      state.filters === previous.filters &&
      state.focus === previous.focus &&
      state.lang === previous.lang &&
      state.model === previous.model &&
      state.compare === previous.compare &&
      state.step === previous.step &&
      state.display === previous.display
    )
      return;
    if (timer === null) timer = setTimeout(write, DELAY_MS);
  });
  return () => {
    flush();
    window.removeEventListener("pagehide", flush);
    unsubscribe();
  };
}
