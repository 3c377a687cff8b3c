// window.explorer: the read-only handle end-to-end tests, `npm run snapshot` and the browser console
// use (DESIGN.md section 4); the app never reads it. Also where a node is drawn and the PNG export,
// which the handle, the callouts and the full app's dialogs share.
import type { PngExportChoice } from "../export/options";
import { linkPairsOf } from "../layout/linkPairs";
import { graphKeyOf, idOfGraphKey } from "../model/model";
import type { GraphView } from "../render/graphView";
import type { AppStore } from "../state/store";
import { t } from "../words/i18n";

/** What the handle reads: the store and the current view (replaced when another file opens). */
export interface ViewAccess {
  readonly store: AppStore;
  readonly view: () => GraphView | null;
}

export interface ExplorerHandle {
  readonly store: AppStore;
  /** Viewport position (CSS px inside #graph) of a node, by id; null when unknown or hidden. */
  nodePosition(id: string): { x: number; y: number } | null;
  /** Graph positions of all nodes, in data order (to check layouts). */
  positions(): Array<[number, number]>;
  /** The node labels drawn in the last frame, in CSS px of #graph (DESIGN.md section 4). */
  labelBoxes(): Array<{ id: string; x: number; y: number; width: number; height: number }>;
  /** The camera's zoom ratio (1 = the whole graph; smaller is closer); null before the first frame. */
  cameraRatio(): number | null;
  /** Linked pairs as [source, target] node indices (data order), one per pair. */
  edges(): Array<[number, number]>;
  /** The graph as shown, as a PNG (null before the first frame). */
  graphPng(): Promise<Blob | null>;
  /** The export button's picture (framed, scaled) as base64, for `npm run snapshot` and tests. */
  exportPng(choice: PngExportChoice): Promise<{ base64: string; width: number; height: number; milliseconds: number }>;
}
declare global {
  interface Window {
    explorer?: ExplorerHandle;
  }
}

/** A node's place and drawn radius in CSS px inside #graph; null when unknown or hidden. */
export function nodeOnScreen({ store, view }: ViewAccess, id: string): { x: number; y: number; radius: number } | null {
  const model = store.getState().model;
  const shown = view();
  const key = model ? graphKeyOf(model, id) : undefined;
  const data = key === undefined ? undefined : shown?.sigma.getNodeDisplayData(key);
  if (!shown || !data || data.hidden) return null;
  return { ...shown.sigma.framedGraphToViewport(data), radius: shown.sigma.scaleSize(data.size) };
}

/** Where a node is drawn (CSS px inside #graph), or null when it is unknown or hidden. */
export function nodePosition(access: ViewAccess, id: string): { x: number; y: number } | null {
  const position = nodeOnScreen(access, id);
  return position && { x: position.x, y: position.y };
}

/** The PNG export and its canvas code load on first use: most readers never export. */
export async function exportView({ store, view }: ViewAccess, choice: PngExportChoice) {
  const { exportPng } = await import("../export/exportPng");
  const shown = view();
  if (!shown) throw new Error(t(store.getState().lang, "export.noData"));
  return exportPng(shown.sigma, store.getState(), choice, undefined, shown.layers, shown.placeLabelsOn);
}

export function installHandle(access: ViewAccess): void {
  const { store, view } = access;
  window.explorer = {
    store,
    nodePosition: (id) => nodePosition(access, id),
    positions() {
      // What is drawn: the arrangement's positions (layout=, ego=), else the graph's own.
      const shown = view();
      if (shown) return shown.positions();
      const graph = store.getState().model?.graph;
      return graph ? graph.mapNodes((_key, attributes) => [attributes.x, attributes.y]) : [];
    },
    edges() {
      const graph = store.getState().model?.graph;
      const pairs = graph ? linkPairsOf(graph) : new Uint32Array(0);
      return Array.from({ length: pairs.length / 2 }, (_unused, k): [number, number] => [pairs[2 * k] ?? 0, pairs[2 * k + 1] ?? 0]);
    },
    labelBoxes() {
      const model = store.getState().model;
      const shown = view();
      if (!shown || !model) return [];
      return shown.labelBoxes().map(({ key, x, y, width, height }) => ({ id: idOfGraphKey(model, key) ?? key, x, y, width, height }));
    },
    cameraRatio: () => view()?.sigma.getCamera().ratio ?? null,
    graphPng: async () => {
      const shown = view();
      return shown ? (await import("../export/png")).graphPng(shown.sigma, { prepare: shown.placeLabelsOn }) : null;
    },
    exportPng: async (choice) => {
      const png = await exportView(access, choice);
      const { toBase64 } = await import("../export/exportPng");
      return { base64: await toBase64(png.blob), width: png.width, height: png.height, milliseconds: png.milliseconds };
    },
  };
}
