// Subscriptions to one slice of the store: `watch(store, selector, fn)` calls fn with the new and old
// slice only when the slice changed (Object.is, or a given equality). Returns the unsubscriber.
import type { AppState, AppStore } from "./store";

export function watch<T>(
  store: AppStore,
  selector: (state: AppState) => T,
  fn: (next: T, previous: T) => void,
  equals: (a: T, b: T) => boolean = Object.is,
): () => void {
  let current = selector(store.getState());
  return store.subscribe((state) => {
    const next = selector(state);
    if (equals(next, current)) return;
    const previous = current;
    current = next;
    fn(next, previous);
  });
}

/** Equality of tuples of slices, for watching several fields at once. */
export function sameItems<T extends readonly unknown[]>(a: T, b: T): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}
