// "Download this view": a format choice (JSON, CSV, GEXF) and a button. It only reports the choice;
// the export stage writes the file. Disabled until data is loaded.
import "../../words/toolWords";
import type { AppStore } from "../../state/store";
import { el, uniqueId } from "../kit/dom";
import { liveWords } from "../kit/liveWords";
import { t } from "../../words/i18n";
import "./viewExport.css";

/** Format names are the same in every language but JSON's, which names its format version. */
export const VIEW_FORMAT_CHOICES = [
  ["json", "viewExport.json"],
  ["csv", "CSV"],
  ["gexf", "GEXF (Gephi)"],
] as const;
export type ViewFormatChoice = (typeof VIEW_FORMAT_CHOICES)[number][0];

export function mountViewExport(container: HTMLElement, store: AppStore, onExport: (format: ViewFormatChoice) => void): () => void {
  const words = liveWords(store);
  const id = uniqueId("view-format");
  const select = el("select", { id, "data-action": "export-view-format" });
  for (const [value, label] of VIEW_FORMAT_CHOICES)
    select.append(
      label === "viewExport.json" ? words.text(el("option", { value }), (lang) => t(lang, label)) : el("option", { value }, label),
    );
  const button = words.text(el("button", { type: "button", "data-action": "export-view" }), (lang) => t(lang, "viewExport.button"));
  const wrap = el("div", { class: "view-export" });
  wrap.append(
    words.text(el("label", { for: id, class: "visually-hidden" }), (lang) => t(lang, "viewExport.label")),
    select,
    button,
  );
  button.addEventListener("click", () => {
    const choice = VIEW_FORMAT_CHOICES.find(([value]) => value === select.value);
    if (choice) onExport(choice[0]);
  });
  const sync = (): void => {
    const disabled = !store.getState().model;
    button.disabled = disabled;
    select.disabled = disabled;
  };
  sync();
  container.append(wrap);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.model !== previous.model) sync();
  });
  return () => {
    unsubscribe();
    words.dispose();
    wrap.remove();
  };
}
