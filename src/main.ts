// Wires the app: reads the URL, creates the store, mounts the renderer and panels, loads the data.
// The only file that knows every stage; each stage stays ignorant of the others. What an embed does
// not need before it is ready loads as its own chunk (docs/decisions.md, "What loads when").
import "./ui/shell/style.css";
import "./ui/shell/noscript.css";
// First: the data's request goes out before the rest of the app's code runs.
import { dataLocation, earlyFetch } from "./app/earlyData";
import { createLoader } from "./app/loader";
import { installHandle, nodeOnScreen, nodePosition, type ViewAccess } from "./app/handle";
import { downloadText } from "./export/download";
import { createVisibleSelector } from "./filter/select";
import type { Issue } from "./io/issues";
import { mountGraph, type GraphView } from "./render/graphView";
import { viewportPoints } from "./render/keyboardFocus";
import { mountGraphKeyboardLater } from "./ui/graph/graphKeyboardLater";
import { addNotices, createAppStore } from "./state/store";
import { readLanguage } from "./state/url";
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
import { mountAppState } from "./ui/shell/appRoot";
import { loadWhen } from "./ui/kit/loadWhen";
import { mountHeader } from "./ui/shell/header";
import { loadLanguage } from "./words/i18n";
import { mountGraphSummary } from "./ui/shell/graphSummary";
import { mountKeyboard } from "./ui/shell/keyboard";
import { mountLanguageSwitch } from "./ui/shell/languageSwitch";
import { mountLandmarks } from "./ui/shell/landmarks";
import { mountLegend } from "./ui/panels/legend";
import { mountNodeTooltip } from "./ui/panels/nodeTooltip";
import { mountTheme } from "./ui/shell/theme";
import { mountViewSwitch } from "./ui/table/viewSwitch";
import { mountStatus } from "./ui/shell/status";
import { mountUrlSync } from "./ui/shell/urlSync";
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
const access: ViewAccess = { store, view: () => view };
/**
 * The graph first: the full app's other parts (filter bar, panels, dialogs, keyboard widget) start
 * loading once the first frame with data is painted, or once the data is known to take a while (the
 * import worker reads it), failed, or cannot be drawn. Their download, parsing and modulepreload links then do not
 * compete with the data on the two cores of a phone (docs/decisions.md, "What loads when").
 */
let openGate: () => void = () => undefined;
const graphFirst = new Promise<void>((resolve) => (openGate = resolve));
// No first frame comes without a renderer (no WebGL): the table and the rest load at once then.
loadWhen(store, (state) => state.load !== "loading" || state.renderer === "failed", openGate);
installHandle(access);
// Korean and Chinese strings are their own chunks: the panels below are built in the reader's language.
await loadLanguage(lang);
/** Lazy parts being fetched that the page needs before it counts as ready (the filter bar). */
const parts: Array<Promise<unknown>> = [];
const loader = createLoader({
  store,
  params,
  root,
  byId,
  view: () => view,
  parts,
  slow: openGate,
  fetch: earlyFetch,
  location: dataLocation(params, document),
});

// The graph subscribes first: sigma reads its container size while rendering, before panels write
// to the DOM, so a filter change costs one layout, not a forced one per frame.
mountTheme(store);
mountGraph(byId("graph"), store, selectVisible, {
  onView: (next) => {
    view = next;
    void next?.firstFrame.then(openGate);
  },
  density,
});
mountAppState(root, store);
// The keyboard widget: part of the full app's first view, fetched by an embed on first focus or when idle.
const loadGraphKeyboard = mountGraphKeyboardLater(byId("graph"), store, selectVisible, {
  points: () => (view ? viewportPoints(view.sigma) : []),
});
if (!embed) parts.push(graphFirst.then(loadGraphKeyboard));
mountFallback(byId("fallback"), root, store, params);
mountAlerts(byId("alerts"), store);
mountStatus(byId("status"), store, selectVisible);
mountHeader({ title: byId("title"), description: byId("description"), origin: byId("origin"), credit: byId("credit") }, store);
mountLegend(byId("legend"), store, selectVisible, density);
mountGraphSummary(byId("graph-summary"), store, selectVisible);
mountLandmarks(store);
mountNodeTooltip(byId("graph"), store, selectVisible, (id) => nodePosition(access, id));
mountLanguageSwitch(byId("lang-slot"), store);
mountKeyboard(store);
mountViewSwitch(byId("view-switch"), store);
// The layout bar shows once a layout runs: its chunk is fetched then (baked data, as embeds have, never runs one).
loadWhen(
  store,
  (state) => state.layout.running || state.layout.ran,
  () =>
    void import("./ui/shell/layoutProgress").then(({ mountLayoutProgress }) =>
      mountLayoutProgress(byId("layout-progress"), store, {
        stop: () => loader.stopLayout(),
        rerun: () => loader.runLayout("rerun"),
        continue: () => loader.runLayout("continue"),
      }),
    ),
);
mountUrlSync(store);

/** The filter bar and the view controls at its end: at once in the full app, on first unfold in an embed. */
function mountFilters(): Promise<void> {
  return Promise.all([import("./ui/filters/filterPanel"), import("./ui/layouts/viewControls")]).then(
    ([{ mountFilterPanel }, { mountViewControls }]) => {
      const viewControls = document.createElement("div");
      mountFilterPanel(byId("filters"), store, selectVisible, viewControls);
      mountViewControls(viewControls, store);
    },
  );
}
if (!embed) parts.push(graphFirst.then(mountFilters));
// The details panel and the table: fetched by the full app after the first frame, by an embed when first needed.
const whenWanted = (): Promise<void> => (embed ? Promise.resolve() : graphFirst);
loadWhen(
  store,
  (state) => !embed || state.focus !== null,
  () =>
    void whenWanted()
      .then(() => import("./ui/panels/selection"))
      .then(({ mountSelection }) => mountSelection(byId("selection"), store, selectVisible, { returnFocus: () => byId("graph") })),
);
loadWhen(
  store,
  (state) => !embed || state.view === "table",
  () =>
    void whenWanted()
      .then(() => Promise.all([import("./ui/table/table"), import("./export/csv")]))
      .then(([{ mountTable }, { toCsv }]) =>
        mountTable(byId("table"), store, selectVisible, (rows) => downloadText("investments.csv", "text/csv", toCsv(rows)), {
          focusGraph: () => byId("graph").focus(),
        }),
      ),
);
mountStoryCaption(byId("story"), store);
mountStoryCallouts(
  byId("graph"),
  store,
  (id) => nodeOnScreen(access, id),
  (listener) => {
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
  },
  () => view?.labelBoxes() ?? [],
);
mountStoryCamera(store, selectVisible, () => view?.sigma ?? null);
mountHostProtocol(store);
if (embed) {
  const part = (selector: string): HTMLElement => root.querySelector<HTMLElement>(selector) ?? byId(selector);
  const interactive = ["graph", "legend", "filters", "view-switch", "selection"].map(byId);
  const elements = { root, topbar: part(".topbar"), filters: byId("filters"), footer: part(".footer"), interactive };
  mountEmbedChrome(elements, store, { step: params.has("step"), onUnfold: () => void mountFilters() });
  mountEmbedHeight(root, params);
}
// In an article, and on a phone where the full app's page scrolls past the graph, a wheel or swipe
// over the graph scrolls the page until the reader engages the graph (docs/decisions.md).
if (embed || window.matchMedia("(max-width: 720px)").matches) mountGestureGuard(byId("graph"), lang);
// The full app's own panels, dialogs and file opening: a chunk embeds never download.
if (!embed) {
  const openFile = (file: File): void =>
    void loader.importInto({ kind: "file", file }, `file ${file.name}`, { kind: "file", name: file.name }, false);
  parts.push(
    graphFirst
      .then(() => import("./app/fullApp"))
      .then(({ mountFullApp }) => mountFullApp({ ...access, selectVisible, root, byId, openFile })),
  );
}

void loader.start();
