// The "Edit story" button of the full app; the editor itself loads on the first press (most readers
// never edit, and embeds never get this button). Must not: import the editor statically. main.ts
// hands in the loader: an import() nested in a lazy chunk made the bundler split the first chunk.
import "../../words/toolWords";
import type { AppStore } from "../../state/store";
import { t } from "../../words/i18n";
import { el } from "../kit/dom";
import { disableUntilReady } from "../kit/readyButton";
import { liveWords } from "../kit/liveWords";
import type { createEditor, Editor, EditorDeps } from "./editorPanel";

export type EditorLoader = () => Promise<{ createEditor: typeof createEditor }>;

export function mountEditorButton(slot: HTMLElement, store: AppStore, deps: EditorDeps, load: EditorLoader): () => void {
  const words = liveWords(store);
  const button = words.text(
    el("button", { type: "button", class: "export-button", "data-action": "edit-story", "aria-haspopup": "dialog" }),
    (lang) => t(lang, "editor.button"),
  );
  slot.append(button);
  let editor: Promise<Editor> | null = null;
  button.addEventListener("click", () => {
    if (store.getState().load !== "ready") return;
    editor ??= load().then(({ createEditor }) => createEditor(store, deps));
    void editor.then((opened) => opened.open());
  });
  const unsubscribe = disableUntilReady(button, store);
  return () => {
    unsubscribe();
    words.dispose();
    button.remove();
    void editor?.then((opened) => opened.dispose());
  };
}
