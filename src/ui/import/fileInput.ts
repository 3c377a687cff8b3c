// The "open a file" control of the full app (embed mode has none), and the page as a drop target.
// Hands the File on untouched; reading and parsing happen elsewhere (off the main thread).
import "../../words/toolWords";
import type { AppStore } from "../../state/store";
import { t } from "../../words/i18n";
import { el, uniqueId } from "../kit/dom";
import { liveWords } from "../kit/liveWords";
import "./import.css";

/** Arrow IPC (.arrow, .feather v2, .arrows stream) and Parquet are read too (their readers load on demand). */
export const ACCEPTED_FILES = ".json,.csv,.tsv,.txt,.gexf,.xml,.arrow,.arrows,.feather,.ipc,.parquet,application/json,text/csv";

export function mountFileInput(container: HTMLElement, store: AppStore, onFile: (file: File) => void): () => void {
  const words = liveWords(store);
  const id = uniqueId("file");
  const input = el("input", { type: "file", id, accept: ACCEPTED_FILES, "data-action": "open-file" });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (!file) return;
    onFile(file);
    input.value = "";
  });
  const wrap = el("div", { class: "file-input" });
  wrap.append(
    words.text(el("label", { for: id, class: "button" }), (lang) => t(lang, "file.label")),
    input,
  );
  container.append(wrap);
  return () => {
    words.dispose();
    wrap.remove();
  };
}

/** Files dropped anywhere on `target` open like picked ones; an overlay says so while dragging. */
export function mountDropZone(target: HTMLElement, store: AppStore, onFile: (file: File) => void): () => void {
  const words = liveWords(store);
  const overlay = words.text(el("div", { class: "drop-overlay", "aria-hidden": "true", hidden: true }), (lang) => t(lang, "import.drop"));
  target.append(overlay);
  let depth = 0;
  const hasFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer?.types ?? []).includes("Files");
  const enter = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth++;
    overlay.hidden = false;
  };
  const over = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
  };
  const leave = (): void => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  };
  const drop = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  };
  target.addEventListener("dragenter", enter);
  target.addEventListener("dragover", over);
  target.addEventListener("dragleave", leave);
  target.addEventListener("drop", drop);
  return () => {
    words.dispose();
    overlay.remove();
    target.removeEventListener("dragenter", enter);
    target.removeEventListener("dragover", over);
    target.removeEventListener("dragleave", leave);
    target.removeEventListener("drop", drop);
  };
}
