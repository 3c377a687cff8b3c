// Wires the app: reads the URL, creates the store, mounts the renderer and panels, loads the data.
// The only file that knows every stage; each stage stays ignorant of the others.
import "./ui/shell/style.css";
import "./ui/shell/noscript.css";
import { toCsv } from "./export/csv";
import { downloadBlob, downloadText } from "./export/download";
import { createVisibleSelector } from "./filter/select";
import type { Issue } from "./io/issues";
import type { ImportSource } from "./io/importProtocol";
import { checkDataLocation, DATA_META, DEFAULT_DATA, describeOrigin, isForWorker, loadDatasetText, looksLikeFormatV1 } from "./io/load";
import { parseInvestmentGraphText, type ParseResult } from "./io/parse";
import { isSourceHostIssue } from "./io/sourceSite";
import { htmlPageIssue } from "./io/htmlPage";
import { createLayoutSupervisor, linkPairsOf, type LayoutSupervisor } from "./layout/supervisor";
import type { DealIndex } from "./model/dealIndex";
import { createModel, graphKeyOf, idOfGraphKey } from "./model/model";
import { mountGraph, type GraphView } from "./render/graphView";
import { viewportPoints } from "./render/keyboardFocus";
import { mountGraphKeyboard } from "./ui/graph/graphKeyboard";
import { DEFAULT_FILTERS } from "./state/filters";
import { editedDataset } from "./state/edits";
import { addNotices, createAppStore, type DataSource } from "./state/store";
import { readLanguage } from "./state/url";
import { readStory } from "./state/story";
import { openView, urlContextOf } from "./state/storyStep";
import { mountStoryCamera } from "./render/storyCamera";
import { mountStoryCaption } from "./ui/story/caption";
import { mountStoryCallouts } from "./ui/story/callouts";
import { mountHostProtocol } from "./ui/story/hostProtocol";
import { readFlags } from "./state/flags";
import { mountAlerts } from "./ui/shell/alerts";
import { mountEmbedChrome } from "./ui/embed/embedChrome";
import { mountFallback } from "./ui/shell/fallback";
import { mountEmbedHeight } from "./ui/embed/embedHeight";
import { mountGestureGuard } from "./ui/embed/gestureGuard";
import { whenDisplayed } from "./ui/embed/embedVisibility";
import type { PngExportChoice } from "./export/options";
import { mountAppState } from "./ui/shell/appRoot";
import { mountDropZone, mountFileInput } from "./ui/import/fileInput";
import { mountViewExport, type ViewFormatChoice } from "./ui/dialogs/viewExportControl";
import { nextTask } from "./ui/kit/dom";
import { mountFilterPanel } from "./ui/filters/filterPanel";
import { mountViewControls } from "./ui/layouts/viewControls";
import { mountHeader } from "./ui/shell/header";
import { loadLanguage, t } from "./words/i18n";
import { mountLayoutProgress } from "./ui/shell/layoutProgress";
import { mountGraphSummary } from "./ui/shell/graphSummary";
import { mountKeyboard } from "./ui/shell/keyboard";
import { mountLanguageSwitch } from "./ui/shell/languageSwitch";
import { mountLandmarks } from "./ui/shell/landmarks";
import { mountLegend } from "./ui/panels/legend";
import { mountNodeTooltip } from "./ui/panels/nodeTooltip";
import { mountTheme } from "./ui/shell/theme";
import { mountTable, mountViewSwitch } from "./ui/table/table";
import { mountSelection } from "./ui/panels/selection";
import { mountStatus } from "./ui/shell/status";
import { mountUrlSync } from "./ui/shell/urlSync";
import { apply, dismissNotices, loadFailed, setLayoutProgress, setLoad, showDataset } from "./state/transitions";
import { createDensityStore } from "./state/density";

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element;
}

const params = new URLSearchParams(window.location.search);
const startupNotices: Issue[] = [];
const lang = readLanguage(params, startupNotices);
const embed = params.get("embed") === "1";
const store = createAppStore({ lang, embed, flags: readFlags(params, startupNotices) });
const selectVisible = createVisibleSelector();
const density = createDensityStore();
const root = byId("app");
root.classList.toggle("is-embed", embed);
document.documentElement.lang = lang;
addNotices(store, "URL", startupNotices);

let view: GraphView | null = null;
// Korean and Chinese strings are their own chunks: the panels below are built in the reader's language.
await loadLanguage(lang);

/** A read-only handle for end-to-end tests and the browser console; the app never reads it. */
export interface ExplorerHandle {
  readonly store: typeof store;
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
/** Where a node is drawn (CSS px inside #graph), or null when it is unknown or hidden. */
function nodePosition(id: string): { x: number; y: number } | null {
  const position = nodeOnScreen(id);
  return position && { x: position.x, y: position.y };
}
window.explorer = {
  store,
  nodePosition,
  positions() {
    // What is drawn: the arrangement's positions (layout=, ego=), else the graph's own.
    if (view) return view.positions();
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
    if (!view || !model) return [];
    return view.labelBoxes().map(({ key, x, y, width, height }) => ({ id: idOfGraphKey(model, key) ?? key, x, y, width, height }));
  },
  cameraRatio: () => view?.sigma.getCamera().ratio ?? null,
  graphPng: async () => (view ? (await import("./export/png")).graphPng(view.sigma, { prepare: view.placeLabelsOn }) : null),
  exportPng: async (choice) => {
    const png = await exportView(choice);
    const { toBase64 } = await import("./export/exportPng");
    return { base64: await toBase64(png.blob), width: png.width, height: png.height, milliseconds: png.milliseconds };
  },
};

/** A node's place and drawn radius in CSS px inside #graph; null when unknown or hidden. */
function nodeOnScreen(id: string): { x: number; y: number; radius: number } | null {
  const model = store.getState().model;
  const key = model ? graphKeyOf(model, id) : undefined;
  const data = key === undefined ? undefined : view?.sigma.getNodeDisplayData(key);
  if (!view || !data || data.hidden) return null;
  return { ...view.sigma.framedGraphToViewport(data), radius: view.sigma.scaleSize(data.size) };
}

/** The PNG export and its canvas code load on first use: most readers never export. */
async function exportView(choice: PngExportChoice) {
  const { exportPng } = await import("./export/exportPng");
  if (!view) throw new Error(t(store.getState().lang, "export.noData"));
  return exportPng(view.sigma, store.getState(), choice, undefined, view.layers, view.placeLabelsOn);
}
let layout: LayoutSupervisor | null = null;

// The graph subscribes first: sigma reads its container size while rendering, before panels write
// to the DOM, so a filter change costs one layout, not a forced one per frame.
mountTheme(store);
mountGraph(byId("graph"), store, selectVisible, { onView: (next) => (view = next), density });
mountAppState(root, store);
mountGraphKeyboard(byId("graph"), store, selectVisible, { points: () => (view ? viewportPoints(view.sigma) : []) });
mountFallback(byId("fallback"), root, store, params);
mountAlerts(byId("alerts"), store);
mountStatus(byId("status"), store, selectVisible);
mountHeader({ title: byId("title"), description: byId("description"), origin: byId("origin"), credit: byId("credit") }, store);
const viewControls = document.createElement("div");
mountFilterPanel(byId("filters"), store, selectVisible, viewControls);
mountViewControls(viewControls, store);
mountSelection(byId("selection"), store, selectVisible, { returnFocus: () => byId("graph") });
mountLegend(byId("legend"), store, selectVisible, density);
mountGraphSummary(byId("graph-summary"), store, selectVisible);
mountLandmarks(store);
mountNodeTooltip(byId("graph"), store, selectVisible, nodePosition);
mountLanguageSwitch(byId("lang-slot"), store);
mountKeyboard(store);
mountViewSwitch(byId("view-switch"), store);
mountTable(byId("table"), store, selectVisible, (rows) => downloadText("investments.csv", "text/csv", toCsv(rows)), {
  focusGraph: () => byId("graph").focus(),
});
mountLayoutProgress(byId("layout-progress"), store, {
  stop: () => layout?.stop(),
  rerun: () => runLayout("rerun"),
  continue: () => runLayout("continue"),
});
mountUrlSync(store);
mountStoryCaption(byId("story"), store);
mountStoryCallouts(byId("graph"), store, nodeOnScreen, (listener) => {
  // The view is replaced when another file opens: follow whichever view is current.
  let current: GraphView | null = null;
  const follow = (): void => {
    if (view === current) return;
    current?.sigma.off("afterRender", listener);
    current = view;
    current?.sigma.on("afterRender", listener);
  };
  const unsubscribe = store.subscribe(follow);
  follow();
  return () => {
    unsubscribe();
    current?.sigma.off("afterRender", listener);
  };
});
mountStoryCamera(store, selectVisible, () => view?.sigma ?? null);
mountHostProtocol(store);
// Another arrangement (or an ego view) owns the positions: a running force layout stops there.
store.subscribe((state, previous) => {
  const away = state.display.arrangement !== "force" || state.filters.scope?.ego;
  if (
    away &&
    (state.display !== previous.display || state.filters !== previous.filters || state.layout !== previous.layout) &&
    layout?.isRunning()
  )
    layout.stop();
});
if (embed) {
  const part = (selector: string): HTMLElement => root.querySelector<HTMLElement>(selector) ?? byId(selector);
  const interactive = ["graph", "legend", "filters", "view-switch", "selection"].map(byId);
  mountEmbedChrome({ root, topbar: part(".topbar"), filters: byId("filters"), footer: part(".footer"), interactive }, store);
  mountEmbedHeight(root, params);
}
// In an article, and on a phone where the full app's page scrolls past the graph, a wheel or swipe
// over the graph scrolls the page until the reader engages the graph (docs/decisions.md).
if (embed || window.matchMedia("(max-width: 720px)").matches) mountGestureGuard(byId("graph"), lang);
// The export and embed dialogs exist only in the full app: embeds never download their code.
if (!embed) void mountFullAppDialogs();
// So do the figures and comparison column and the search box (embed.css hides their places):
// their own chunk, fetched by the full app beside the data.
if (!embed) void mountFullAppPanels();
async function mountFullAppPanels(): Promise<void> {
  const [{ mountStatsPanel }, { mountComparePanel }, { mountClaimsPanel }, { mountSearchBox }] = await Promise.all([
    import("./ui/panels/statsPanel"),
    import("./ui/panels/comparePanel"),
    import("./ui/panels/claimsPanel"),
    import("./ui/panels/searchBox"),
  ]);
  mountStatsPanel(byId("stats"), store, selectVisible);
  mountComparePanel(byId("compare"), store, selectVisible);
  mountClaimsPanel(byId("claims"), store);
  mountSearchBox(byId("search"), store);
}
async function mountFullAppDialogs(): Promise<void> {
  const [{ mountExportDialog }, { mountEmbedDialog }, { fileName }, { mountEditorButton }] = await Promise.all([
    import("./ui/dialogs/exportDialog"),
    import("./ui/dialogs/embedDialog"),
    import("./export/options"),
    import("./ui/editor/editorButton"),
  ]);
  mountExportDialog(byId("export-slot"), store, {
    exportPng: async (choice) => {
      const png = await exportView(choice);
      downloadBlob(png.fileName, png.blob);
      return png;
    },
    viewSize: () => view?.sigma.getDimensions() ?? { width: 0, height: 0 },
  });
  mountEmbedDialog(byId("export-slot"), store, {
    pictureName: () => fileName(store.getState().model?.dataset.meta.title ?? "network", new Date()),
    downloadPicture: async () => {
      const png = await exportView({ size: "1200x675", scale: 2, frame: true, transparent: false });
      downloadBlob(png.fileName, png.blob);
      return png.fileName;
    },
    publish: publishSite,
  });
  mountEditorButton(
    byId("export-slot"),
    store,
    { downloadData: downloadDataFile, publish: publishSite },
    () => import("./ui/editor/editorPanel"),
  );
}

/** The shown data's file name, for naming what is saved ("deals.csv", "china-ai-investments.json"). */
function sourceName(): string {
  const { source } = store.getState();
  if (!source) return "story";
  return source.kind === "file" ? source.name : (source.location.split(/[/?#]/).filter(Boolean).pop() ?? "story");
}

/** The data as shown: the editor's words and story, every node where it is drawn now (format v1). */
async function shownDataText(): Promise<{ text: string; name: string }> {
  const state = store.getState();
  if (!state.model) throw new Error(t(lang, "export.noData"));
  const { publishedDataText, dataPathFor } = await import("./export/site");
  const positions = state.model.graph.mapNodes((_key, attributes) => [attributes.x, attributes.y] as const);
  return {
    text: publishedDataText(editedDataset(state.model.dataset, state.edits), positions),
    name: dataPathFor(sourceName()).slice("data/".length),
  };
}

async function downloadDataFile(): Promise<string> {
  const { text, name } = await shownDataText();
  downloadText(name, "application/json", text);
  return name;
}

/** The Publish button: the same static site as `npm run publish`, as a zip, made in the page. */
async function publishSite(): Promise<string> {
  const state = store.getState();
  if (!state.model) throw new Error(t(lang, "export.noData"));
  const [{ siteZip }, { dataPathFor }] = await Promise.all([import("./export/siteZip"), import("./export/site")]);
  const png = await exportView({ size: "1200x675", scale: 1, frame: true, transparent: false });
  const positions = state.model.graph.mapNodes((_key, attributes) => [attributes.x, attributes.y] as const);
  const zip = await siteZip({
    appUrl: document.baseURI,
    model: state.model,
    dataset: editedDataset(state.model.dataset, state.edits),
    positions,
    fallbackPng: new Uint8Array(await png.blob.arrayBuffer()),
    name: sourceName(),
  });
  const name = `${dataPathFor(sourceName()).slice("data/".length, -".json".length)}-site.zip`;
  downloadBlob(name, new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }));
  return name;
}
if (!embed) {
  const openFile = (file: File): void =>
    void importInto({ kind: "file", file }, `file ${file.name}`, { kind: "file", name: file.name }, false);
  mountFileInput(byId("file-slot"), store, openFile);
  mountDropZone(root, store, openFile);
  mountViewExport(byId("file-slot"), store, (format) => void exportCurrentView(format));
}

/** Reads a file or URL in the import worker, then shows it. The import code loads on first use. */
async function importInto(source: ImportSource, origin: string, from: DataSource, fromUrl: boolean): Promise<void> {
  const { runImport } = await import("./ui/import/importFlow");
  const name = from.kind === "file" ? from.name : from.location;
  const outcome = await runImport(source, name, {
    element: byId("import-progress"),
    lang: store.getState().lang,
    download: downloadText,
    quiet: fromUrl,
  });
  if (outcome.status === "cancelled") {
    // A ?data= load whose column question was cancelled must end, not stay on "Loading data…" (issue 17).
    if (fromUrl && !store.getState().model) {
      addNotices(store, origin, [{ severity: "error", path: "", message: "loading cancelled: no columns were chosen for the CSV" }]);
      apply(store, loadFailed());
    }
    return;
  }
  // A file's problems are in the import summary (with the full report); alerts carry only a failure.
  const quietFile = !fromUrl && outcome.status === "done";
  await show(
    origin,
    from,
    quietFile ? { ...outcome.result, issues: [] } : outcome.result,
    fromUrl,
    outcome.status === "done" ? (outcome.index ?? undefined) : undefined,
  );
}

/** The current view (after filters) as JSON, CSV or GEXF; the export code loads on first use. */
async function exportCurrentView(format: ViewFormatChoice): Promise<void> {
  const state = store.getState();
  const visible = selectVisible(state);
  if (!state.model || !visible) return;
  const [{ viewFile }, { write }] = await Promise.all([import("./export/viewExport"), import("graphology-gexf/browser")]);
  const file = viewFile(state.model, visible, format, write, state.filters);
  downloadText(file.fileName, file.type, file.text);
}

/** Builds the model from a parsed dataset and shows it; a failed load keeps what was on screen. */
async function show(origin: string, source: DataSource, result: ParseResult, fromUrl: boolean, index?: DealIndex): Promise<void> {
  // A dataset that loads takes the previous one's alerts with it; a failed load adds to what is shown.
  if (result.dataset) apply(store, dismissNotices());
  // Sources that open a copy are the author's business (validator, import report); the details panel tells readers.
  addNotices(
    store,
    origin,
    result.issues.filter((issue) => !isSourceHostIssue(issue)),
  );
  if (!result.dataset) {
    apply(store, loadFailed());
    return;
  }
  const model = createModel(result.dataset, origin, index);
  let filters = DEFAULT_FILTERS;
  let focus: string | null = null;
  let compare: readonly [string, string] | null = null;
  const context = urlContextOf(model);
  const { story, notices: storyNotices } = readStory(result.dataset.meta.story, result.dataset.meta.annotations, context);
  addNotices(store, origin, storyNotices);
  let step: number | null = null;
  let display = store.getState().display;
  // A downloaded view carries its filters (meta.view, issue 13): they apply unless the URL sets filters.
  const carried = result.dataset.meta.view;
  const fromView =
    carried !== undefined &&
    !(fromUrl && ["from", "to", "min", "max", "undisclosed", "undated", "forms", "step"].some((key) => params.has(key)));
  if (fromUrl || fromView) {
    const source = new URLSearchParams(fromUrl ? params : undefined);
    if (fromView) for (const [key, value] of new URLSearchParams(carried)) source.set(key, value);
    const parsed = openView(source, context, story);
    addNotices(store, fromView ? `${origin}: meta.view` : "URL", parsed.notices);
    filters = parsed.state.filters;
    if (fromUrl) {
      ({ focus, compare } = parsed.state);
      step = parsed.step;
      display = parsed.state.display ?? display;
    }
  }
  layout?.kill();
  layout = null;
  apply(store, showDataset(model, { filters, focus, compare, story, step, source, display }));
  if (!model.baked) runLayout("start");
  await view?.firstFrame;
  // A deep link to another arrangement (layout=map, ego=...) is ready once it is drawn.
  await view?.arranged();
  performance.mark("explorer:ready");
  apply(store, setLoad("ready"));
}

/** Starts the layout (a new graph), runs it again from scratch, or continues from where it is. */
function runLayout(how: "start" | "rerun" | "continue"): void {
  const model = store.getState().model;
  if (!model) return;
  if (how === "start" || !layout) {
    layout?.kill();
    layout = createLayoutSupervisor(model.graph, {
      onProgress: (done, total) => apply(store, setLayoutProgress({ running: true, progress: done / total, ran: true })),
      // The view re-indexes once after "settled" is painted (graphView's reindexSoon).
      onDone: (done, total) => apply(store, setLayoutProgress({ running: false, progress: done / total, ran: true })),
    });
  }
  layout.kill();
  apply(store, setLayoutProgress({ running: true, progress: 0, ran: true }));
  if (how === "continue") layout.continue();
  else layout.start();
}

/** Nodes that back anyone, by id (compare= takes only those). */
/** Format v1 files up to this size are parsed on the main thread (see docs/decisions.md). */
const MAIN_THREAD_BYTES = 4 * 1024 * 1024;

async function start(): Promise<void> {
  if (embed) await whenDisplayed(root);
  // The site's own dataset: index.html names it (npm run publish rewrites the name), else the flagship.
  const siteData = document.querySelector<HTMLMetaElement>(`meta[name="${DATA_META}"]`)?.content.trim() || DEFAULT_DATA;
  const location = params.get("data") || siteData;
  const checked = checkDataLocation(location, window.location.href);
  if ("issue" in checked) {
    addNotices(store, "URL", [checked.issue]);
    apply(store, loadFailed());
    return;
  }
  if (location !== siteData) {
    const origin = describeOrigin(location, checked.url, window.location.href);
    // A small format v1 file is quicker read here than through a worker's start-up; anything larger
    // or in another format goes to the import worker (size cap, progress, the page stays responsive).
    const small = await loadDatasetText(checked.url, fetch, undefined, MAIN_THREAD_BYTES);
    if ("issue" in small && !isForWorker(small.issue)) {
      addNotices(store, origin, [small.issue]);
      apply(store, loadFailed());
      return;
    }
    const from: DataSource = { kind: "url", location };
    // A same-site path that does not exist answers with the app's own page (SPA fallback): "not found".
    const page = "text" in small ? htmlPageIssue(small.text, location) : null;
    if (page) {
      addNotices(store, origin, [page]);
      apply(store, loadFailed());
      return;
    }
    if ("text" in small && looksLikeFormatV1(small.text)) {
      const parsed = parseInvestmentGraphText(small.text);
      await nextTask();
      return show(origin, from, { ...parsed, issues: [...small.notes, ...parsed.issues] }, true);
    }
    const source: ImportSource =
      "text" in small ? { kind: "text", text: small.text, name: location } : { kind: "url", url: checked.url.href };
    await importInto(source, origin, from, true);
    return;
  }
  const loaded = await loadDatasetText(checked.url);
  const failure = "issue" in loaded ? loaded.issue : htmlPageIssue(loaded.text, location);
  if (failure || !("text" in loaded)) {
    if (failure) addNotices(store, location, [failure]);
    apply(store, loadFailed());
    return;
  }
  const parsed = parseInvestmentGraphText(loaded.text);
  await nextTask();
  await show(location, { kind: "site", location }, parsed, true);
}

void start();
