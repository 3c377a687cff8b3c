// How many links the renderer draws against how many pass the filters (large graphs draw only the
// largest). Its own small store: it changes with every zoom, and must not notify the app's subscribers.
import { createStore, type StoreApi } from "zustand/vanilla";

export interface DrawnLinks {
  readonly drawn: number;
  readonly visible: number;
}

export type DensityStore = StoreApi<{ readonly links: DrawnLinks | null }>;

export function createDensityStore(): DensityStore {
  return createStore<{ readonly links: DrawnLinks | null }>()(() => ({ links: null }));
}

/** Records a new count; listeners hear only real changes. */
export function publishDensity(store: DensityStore, links: DrawnLinks | null): void {
  const current = store.getState().links;
  if (current === links || (current && links && current.drawn === links.drawn && current.visible === links.visible)) return;
  store.setState({ links });
}
