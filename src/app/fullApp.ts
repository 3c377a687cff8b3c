// The full app's own parts, a chunk an embed never loads: the figures, comparison, claims and search
// panels, the export, embed and editor dialogs, Publish, opening files and downloading the view.
import { downloadBlob, downloadText } from "../export/download";
import type { VisibleSelector } from "../filter/select";
import { editedDataset } from "../state/edits";
import type { AppStore } from "../state/store";
import { mountDropZone, mountFileInput } from "../ui/import/fileInput";
import { mountViewExport, type ViewFormatChoice } from "../ui/dialogs/viewExportControl";
import { t } from "../words/i18n";
import { exportView, type ViewAccess } from "./handle";
// Imported with this chunk, not one by one after it: each later import was one more round trip,
// queued behind the data's first task (the page counted as ready only after them).
import { mountStatsPanel } from "../ui/panels/statsPanel";
import { mountComparePanel } from "../ui/panels/comparePanel";
import { mountClaimsPanel } from "../ui/panels/claimsPanel";
import { mountSearchBox } from "../ui/panels/searchBox";
import { mountExportDialog } from "../ui/dialogs/exportDialog";
import { mountEmbedDialog } from "../ui/dialogs/embedDialog";
import { fileName } from "../export/options";
import { mountEditorButton } from "../ui/editor/editorButton";

export interface FullAppDeps extends ViewAccess {
  readonly selectVisible: VisibleSelector;
  readonly root: HTMLElement;
  readonly byId: (id: string) => HTMLElement;
  /** Opens a file the reader picked or dropped (through the import worker). */
  readonly openFile: (file: File) => void;
}

/** Mounts the panels and dialogs (the page counts as ready once this chunk has run). */
export function mountFullApp(deps: FullAppDeps): void {
  const { store, byId, root } = deps;
  mountFileInput(byId("file-slot"), store, deps.openFile);
  mountDropZone(root, store, deps.openFile);
  mountViewExport(byId("file-slot"), store, (format) => void exportCurrentView(deps, format));
  mountPanels(deps);
  mountDialogs(deps);
}

/** The figures and comparison column and the search box (embed.css hides their places). */
function mountPanels({ store, selectVisible, byId }: FullAppDeps): void {
  mountStatsPanel(byId("stats"), store, selectVisible);
  mountComparePanel(byId("compare"), store, selectVisible);
  mountClaimsPanel(byId("claims"), store);
  mountSearchBox(byId("search"), store);
}

function mountDialogs(deps: FullAppDeps): void {
  const { store, byId } = deps;
  mountExportDialog(byId("export-slot"), store, {
    exportPng: async (choice) => {
      const png = await exportView(deps, choice);
      downloadBlob(png.fileName, png.blob);
      return png;
    },
    viewSize: () => deps.view()?.sigma.getDimensions() ?? { width: 0, height: 0 },
  });
  mountEmbedDialog(byId("export-slot"), store, {
    pictureName: () => fileName(store.getState().model?.dataset.meta.title ?? "network", new Date()),
    downloadPicture: async () => {
      const png = await exportView(deps, { size: "1200x675", scale: 2, frame: true, transparent: false });
      downloadBlob(png.fileName, png.blob);
      return png.fileName;
    },
    publish: () => publishSite(deps),
  });
  mountEditorButton(
    byId("export-slot"),
    store,
    { downloadData: () => downloadDataFile(store), publish: () => publishSite(deps) },
    () => import("../ui/editor/editorPanel"),
  );
}

/** The shown data's file name, for naming what is saved ("deals.csv", "china-ai-investments.json"). */
function sourceName(store: AppStore): string {
  const { source } = store.getState();
  if (!source) return "story";
  return source.kind === "file" ? source.name : (source.location.split(/[/?#]/).filter(Boolean).pop() ?? "story");
}

/** The data as shown: the editor's words and story, every node where it is drawn now (format v1). */
async function shownDataText(store: AppStore): Promise<{ text: string; name: string }> {
  const state = store.getState();
  if (!state.model) throw new Error(t(state.lang, "export.noData"));
  const { publishedDataText, dataPathFor } = await import("../export/site");
  const positions = state.model.graph.mapNodes((_key, attributes) => [attributes.x, attributes.y] as const);
  return {
    text: publishedDataText(editedDataset(state.model.dataset, state.edits), positions),
    name: dataPathFor(sourceName(store)).slice("data/".length),
  };
}

async function downloadDataFile(store: AppStore): Promise<string> {
  const { text, name } = await shownDataText(store);
  downloadText(name, "application/json", text);
  return name;
}

/** The Publish button: the same static site as `npm run publish`, as a zip, made in the page. */
async function publishSite(deps: FullAppDeps): Promise<string> {
  const { store } = deps;
  const state = store.getState();
  if (!state.model) throw new Error(t(state.lang, "export.noData"));
  const [{ siteZip }, { dataPathFor }] = await Promise.all([import("../export/siteZip"), import("../export/site")]);
  const png = await exportView(deps, { size: "1200x675", scale: 1, frame: true, transparent: false });
  const positions = state.model.graph.mapNodes((_key, attributes) => [attributes.x, attributes.y] as const);
  const zip = await siteZip({
    appUrl: document.baseURI,
    model: state.model,
    dataset: editedDataset(state.model.dataset, state.edits),
    positions,
    fallbackPng: new Uint8Array(await png.blob.arrayBuffer()),
    name: sourceName(store),
  });
  const name = `${dataPathFor(sourceName(store)).slice("data/".length, -".json".length)}-site.zip`;
  downloadBlob(name, new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }));
  return name;
}

/** The current view (after filters) as JSON, CSV or GEXF; the export code loads on first use. */
async function exportCurrentView({ store, selectVisible }: FullAppDeps, format: ViewFormatChoice): Promise<void> {
  const state = store.getState();
  const visible = selectVisible(state);
  if (!state.model || !visible) return;
  const [{ viewFile }, { write }] = await Promise.all([import("../export/viewExport"), import("graphology-gexf/browser")]);
  const file = viewFile(state.model, visible, format, write, state.filters);
  downloadText(file.fileName, file.type, file.text);
}
