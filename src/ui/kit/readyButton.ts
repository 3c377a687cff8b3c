// A button that only works once the data is shown: disabled while loading or after a failed load.
// Must not: hold any state of its own but the subscription it returns to dispose of.
import type { AppStore } from "../../state/store";

/** Keeps `button.disabled` in step with the store's load state; returns the unsubscribe. */
export function disableUntilReady(button: HTMLButtonElement, store: AppStore): () => void {
  const sync = (): void => void (button.disabled = store.getState().load !== "ready");
  sync();
  return store.subscribe((state, previous) => {
    if (state.load !== previous.load) sync();
  });
}
