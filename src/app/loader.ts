// Loading data into the page: the site's own dataset or ?data= (read here when small, else in the
// import worker), a file the reader opens, the model and the URL's view, the force layout, ready.
import type { ImportSource } from "../io/importProtocol";
import { checkDataLocation, describeOrigin, isForWorker, loadDatasetText, looksLikeFormatV1 } from "../io/load";
// Without the source-site notes (io/parse.ts adds them): readers never see them, the details panel says it.
import { parseInvestmentGraphText, type ParseResult } from "../io/parseRows";
import { isSourceHostIssue } from "../io/sourceHostIssue";
import { htmlPageIssue } from "../io/htmlPage";
import type { LayoutSupervisor } from "../layout/supervisor";
import type { DealIndex } from "../model/dealIndex";
import { prewarmImportWorker } from "../model/importWorker";
import { createModel } from "../model/model";
import type { GraphView } from "../render/graphView";
import { DEFAULT_FILTERS } from "../state/filters";
import { addNotices, type AppStore, type DataSource } from "../state/store";
import { readStory } from "../state/story";
import { openView, urlContextOf } from "../state/storyStep";
import { apply, dismissNotices, loadFailed, setLayoutProgress, setLoad, showDataset } from "../state/transitions";
import { downloadText } from "../export/download";
import { whenDisplayed } from "../ui/embed/embedVisibility";
import { nextTask, painted } from "../ui/kit/dom";

export interface LoaderDeps {
  readonly store: AppStore;
  readonly params: URLSearchParams;
  readonly root: HTMLElement;
  readonly byId: (id: string) => HTMLElement;
  readonly view: () => GraphView | null;
  /** Lazy parts being fetched that the page needs before it counts as ready. */
  readonly parts: ReadonlyArray<Promise<unknown>>;
  /** The data will take a while (the import worker reads it): what waits for the first frame may load meanwhile. */
  readonly slow?: () => void;
  /** What the page opens (app/earlyData.ts) and how it fetches it (the early request, taken once). */
  readonly location: { readonly location: string; readonly site: string };
  readonly fetch?: typeof fetch;
}

export interface Loader {
  /** Loads the site's dataset or ?data= (an embed waits until it is displayed). */
  start(): Promise<void>;
  /** Reads a file or URL in the import worker, then shows it. */
  importInto(source: ImportSource, origin: string, from: DataSource, fromUrl: boolean): Promise<void>;
  runLayout(how: "start" | "rerun" | "continue"): void;
  stopLayout(): void;
}

/** Format v1 files up to this size are parsed on the main thread (see docs/decisions.md). */
const MAIN_THREAD_BYTES = 4 * 1024 * 1024;

export function createLoader({
  store,
  params,
  root,
  byId,
  view,
  parts,
  slow,
  location: opened,
  fetch = globalThis.fetch,
}: LoaderDeps): Loader {
  const embed = store.getState().embed;
  let layout: LayoutSupervisor | null = null;
  /** Counts layout runs asked for: a run whose supervisor chunk arrives after a newer request is dropped. */
  let runs = 0;
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

  /** A load that failed says so once the page is whole: the file picker (full app) is there to try another. */
  async function failed(): Promise<void> {
    slow?.();
    await Promise.all(parts);
    apply(store, loadFailed());
  }

  /** Reads a file or URL in the import worker, then shows it. The import code loads on first use. */
  async function importInto(source: ImportSource, origin: string, from: DataSource, fromUrl: boolean): Promise<void> {
    slow?.();
    const { runImport } = await import("../ui/import/importFlow");
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
        await failed();
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
      await failed();
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
    runs++;
    // Fetched before the data is shown: the seeded start is in place by the first frame (and its indexation).
    if (!model.baked) (await import("../layout/supervisor")).seedLayout(model.graph);
    apply(store, showDataset(model, { filters, focus, compare, story, step, source, display }));
    if (!model.baked) runLayout("start");
    await view()?.firstFrame;
    // The panels draw a new dataset after the graph's first frame (ui/kit/dom.ts afterPaint): ready follows them.
    await painted();
    // A deep link to another arrangement (layout=map, ego=...) is ready once it is drawn.
    await view()?.arranged();
    await Promise.all(parts);
    performance.mark("explorer:ready");
    apply(store, setLoad("ready"));
  }

  /**
   * Starts the layout (a new graph), runs it again from scratch, or continues from where it is. The
   * supervisor is its own chunk: a file with baked positions (the flagship, a published story) never runs it.
   */
  function runLayout(how: "start" | "rerun" | "continue"): void {
    const model = store.getState().model;
    if (!model) return;
    const run = ++runs;
    apply(store, setLayoutProgress({ running: true, progress: 0, ran: true }));
    void import("../layout/supervisor").then(({ createLayoutSupervisor }) => {
      if (run !== runs || store.getState().model !== model) return;
      if (how === "start" || !layout) {
        layout?.kill();
        layout = createLayoutSupervisor(model.graph, {
          onProgress: (done, total) => apply(store, setLayoutProgress({ running: true, progress: done / total, ran: true })),
          // The view re-indexes once after "settled" is painted (graphView's reindexSoon).
          onDone: (done, total) => apply(store, setLayoutProgress({ running: false, progress: done / total, ran: true })),
        });
      }
      layout.kill();
      if (how === "continue") layout.continue();
      else layout.start();
    });
  }

  function stopLayout(): void {
    if (layout?.isRunning()) return layout.stop();
    // Stopped while the supervisor chunk was on its way: the run never starts.
    const { layout: progress } = store.getState();
    if (!progress.running) return;
    runs++;
    apply(store, setLayoutProgress({ ...progress, running: false }));
  }

  async function start(): Promise<void> {
    if (embed) await whenDisplayed(root);
    // The site's own dataset: index.html names it (npm run publish rewrites the name), else the flagship.
    const { location, site: siteData } = opened;
    const checked = checkDataLocation(location, window.location.href);
    if ("issue" in checked) {
      addNotices(store, "URL", [checked.issue]);
      await failed();
      return;
    }
    if (location !== siteData) {
      const origin = describeOrigin(location, checked.url, window.location.href);
      // A small format v1 file is quicker read here than through a worker's start-up; anything larger
      // or in another format goes to the import worker (size cap, progress, the page stays responsive).
      const small = await loadDatasetText(checked.url, fetch, undefined, MAIN_THREAD_BYTES);
      if ("issue" in small && !isForWorker(small.issue)) {
        addNotices(store, origin, [small.issue]);
        await failed();
        return;
      }
      const from: DataSource = { kind: "url", location };
      // A same-site path that does not exist answers with the app's own page (SPA fallback): "not found".
      const page = "text" in small ? htmlPageIssue(small.text, location) : null;
      if (page) {
        addNotices(store, origin, [page]);
        await failed();
        return;
      }
      if ("text" in small && looksLikeFormatV1(small.text)) {
        const parsed = parseInvestmentGraphText(small.text);
        await nextTask();
        return show(origin, from, { ...parsed, issues: [...small.notes, ...parsed.issues] }, true);
      }
      // The worker's script loads while the import code does (not one after the other).
      if (!("text" in small)) prewarmImportWorker();
      const source: ImportSource =
        "text" in small ? { kind: "text", text: small.text, name: location } : { kind: "url", url: checked.url.href };
      await importInto(source, origin, from, true);
      return;
    }
    const loaded = await loadDatasetText(checked.url, fetch);
    const failure = "issue" in loaded ? loaded.issue : htmlPageIssue(loaded.text, location);
    if (failure || !("text" in loaded)) {
      if (failure) addNotices(store, location, [failure]);
      await failed();
      return;
    }
    const parsed = parseInvestmentGraphText(loaded.text);
    await nextTask();
    await show(location, { kind: "site", location }, parsed, true);
  }

  return { start, importInto, runLayout, stopLayout };
}
