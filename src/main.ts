// Wires the app: reads the URL, creates the store, mounts the renderer and panels, loads the data.
// The only file that knows every stage; each stage stays ignorant of the others.
import "./ui/style.css";
import { toCsv } from "./export/csv";
import { downloadText } from "./export/download";
import { graphPng } from "./export/png";
import { createVisibleSelector } from "./filter/select";
import type { Issue } from "./io/issues";
import { checkDataLocation, DEFAULT_DATA, loadDatasetText } from "./io/load";
import { parseInvestmentGraphText } from "./io/parse";
import { createLayoutSupervisor, type LayoutSupervisor } from "./layout/supervisor";
import { createModel, graphKeyOf } from "./model/model";
import { mountGraph, type GraphView } from "./render/graphView";
import { DEFAULT_FILTERS } from "./state/filters";
import { addNotices, createAppStore } from "./state/store";
import { parseUrlState, readLanguage } from "./state/url";
import { mountAlerts } from "./ui/alerts";
import { mountAppState } from "./ui/appRoot";
import { mountFileInput } from "./ui/fileInput";
import { mountFilterPanel } from "./ui/filterPanel";
import { mountHeader } from "./ui/header";
import { t } from "./ui/i18n";
import { mountLayoutProgress } from "./ui/layoutProgress";
import { mountGraphSummary } from "./ui/graphSummary";
import { mountKeyboard } from "./ui/keyboard";
import { mountLanguageSwitch } from "./ui/languageSwitch";
import { mountLegend } from "./ui/legend";
import { mountTable, mountViewSwitch } from "./ui/table";
import { mountSelection } from "./ui/selection";
import { mountStatus } from "./ui/status";
import { mountUrlSync } from "./ui/urlSync";

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element;
}

const params = new URLSearchParams(window.location.search);
const startupNotices: Issue[] = [];
const lang = readLanguage(params, startupNotices);
const embed = params.get("embed") === "1";
const store = createAppStore({ lang, embed });
const selectVisible = createVisibleSelector();
const root = byId("app");
root.classList.toggle("is-embed", embed);
document.documentElement.lang = lang;
addNotices(store, "URL", startupNotices);

let view: GraphView | null = null;

/** A read-only handle for end-to-end tests and the browser console; the app never reads it. */
export interface ExplorerHandle {
  readonly store: typeof store;
  /** Viewport position (CSS px inside #graph) of a node, by id; null when unknown or hidden. */
  nodePosition(id: string): { x: number; y: number } | null;
  /** Graph positions of all nodes, in data order (to check layouts). */
  positions(): Array<[number, number]>;
  /** The graph as shown, as a PNG (null before the first frame). */
  graphPng(): Promise<Blob | null>;
}
declare global {
  interface Window {
    explorer?: ExplorerHandle;
  }
}
window.explorer = {
  store,
  nodePosition(id) {
    const model = store.getState().model;
    const key = model ? graphKeyOf(model, id) : undefined;
    const data = key === undefined ? undefined : view?.sigma.getNodeDisplayData(key);
    if (!view || !data || data.hidden) return null;
    return view.sigma.framedGraphToViewport(data);
  },
  positions() {
    const graph = store.getState().model?.graph;
    return graph ? graph.mapNodes((_key, attributes) => [attributes.x, attributes.y]) : [];
  },
  graphPng: () => (view ? graphPng(view.sigma) : Promise.resolve(null)),
};
let layout: LayoutSupervisor | null = null;

// The graph subscribes first: sigma reads its container size while rendering, before panels write
// to the DOM, so a filter change costs one layout, not a forced one per frame.
mountGraph(byId("graph"), store, selectVisible, { onView: (next) => (view = next) });
mountAppState(root, store);
mountAlerts(byId("alerts"), store);
mountStatus(byId("status"), store, selectVisible);
mountHeader({ title: byId("title"), description: byId("description"), origin: byId("origin"), credit: byId("credit") }, store);
mountFilterPanel(byId("filters"), store, selectVisible);
mountSelection(byId("selection"), store, selectVisible);
mountLegend(byId("legend"), store, selectVisible);
mountGraphSummary(byId("graph-summary"), store, selectVisible);
mountLanguageSwitch(byId("lang-slot"), store);
mountKeyboard(store);
mountViewSwitch(byId("view-switch"), store);
mountTable(byId("table"), store, selectVisible, (rows) => downloadText("investments.csv", "text/csv", toCsv(rows)));
mountLayoutProgress(byId("layout-progress"), store, () => layout?.stop());
mountUrlSync(store);
if (!embed) mountFileInput(byId("file-slot"), t(lang, "file.label"), (name, text) => void show(`file ${name}`, text, false));

/** Parses, builds the model and shows it; a failed load keeps what was on screen. */
async function show(origin: string, text: string, fromUrl: boolean): Promise<void> {
  const result = parseInvestmentGraphText(text);
  addNotices(store, origin, result.issues);
  if (!result.dataset) {
    if (!store.getState().model) store.setState({ load: "error" });
    return;
  }
  const model = createModel(result.dataset, origin);
  let filters = DEFAULT_FILTERS;
  let focus: string | null = null;
  if (fromUrl) {
    const parsed = parseUrlState(params, {
      yearExtent: model.index.yearExtent,
      forms: model.index.forms,
      hasNode: (id) => model.nodeIndexById.has(id),
      nodeIds: () => model.nodeIndexById.keys(),
    });
    addNotices(store, "URL", parsed.notices);
    ({ filters, focus } = parsed.state);
  }
  layout?.kill();
  layout = null;
  store.setState({ model, filters, focus, load: "loading", layout: { running: false, progress: 0 } });
  if (!model.baked) {
    layout = createLayoutSupervisor(model.graph, {
      onProgress: (done, total) => store.setState({ layout: { running: true, progress: done / total } }),
      onDone: (done, total) => {
        store.setState({ layout: { running: false, progress: done / total } });
        view?.reindex();
      },
    });
    store.setState({ layout: { running: true, progress: 0 } });
    layout.start();
  }
  await view?.firstFrame;
  performance.mark("explorer:ready");
  store.setState({ load: "ready" });
}

async function start(): Promise<void> {
  const location = params.get("data") || DEFAULT_DATA;
  const checked = checkDataLocation(location, window.location.href);
  if ("issue" in checked) {
    addNotices(store, "URL", [checked.issue]);
    store.setState({ load: "error" });
    return;
  }
  const loaded = await loadDatasetText(checked.url);
  if ("issue" in loaded) {
    addNotices(store, location, [loaded.issue]);
    store.setState({ load: "error" });
    return;
  }
  await show(location, loaded.text, true);
}

void start();
