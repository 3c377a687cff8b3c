// One annotation row of the editor: an organisation found by name (the app's search index) and the
// note's text. Must not: build HTML from data (names and notes go through textContent and values).
import "../../words/toolWords";
import type { Annotation } from "../../io/story";
import { search, type SearchIndex } from "../../model/search";
import type { Language } from "../../state/url";
import { t } from "../../words/i18n";
import { el, uniqueId } from "../kit/dom";

export interface NoteRowOptions {
  readonly lang: Language;
  readonly index: SearchIndex;
  /** The organisation's shown name for an id ("" when no node has it). */
  readonly nameOf: (id: string) => string;
  readonly onChange: (note: Annotation) => void;
  readonly onRemove: () => void;
}

export function noteRow(note: Annotation, options: NoteRowOptions): HTMLElement {
  const { lang } = options;
  let current = note;
  const row = el("div", { class: "editor__note" });
  const searchId = uniqueId("note-node");
  const chosen = el("p", { class: "editor__chosen", "aria-live": "polite" });
  const showChosen = (): void =>
    void (chosen.textContent = current.node ? `${options.nameOf(current.node) || current.node} (${current.node})` : "—");
  const query = el("input", { type: "search", id: searchId, class: "editor__input", autocomplete: "off", "data-editor": "note-node" });
  const hits = el("ul", { class: "editor__hits" });
  query.addEventListener("input", () => {
    hits.replaceChildren();
    const text = query.value.trim();
    if (!text) return;
    const found = search(options.index, text, 6);
    if (found.length === 0) hits.append(el("li", { class: "editor__nohit" }, t(lang, "editor.noMatch", { query: text })));
    for (const hit of found) {
      const pick = el(
        "button",
        { type: "button", class: "editor__hit", "data-node": hit.id },
        `${options.nameOf(hit.id) || hit.name} (${hit.id})`,
      );
      pick.addEventListener("click", () => {
        current = { ...current, node: hit.id };
        options.onChange(current);
        showChosen();
        hits.replaceChildren();
        query.value = "";
      });
      const item = el("li");
      item.append(pick);
      hits.append(item);
    }
  });
  const textId = uniqueId("note-text");
  const text = el("textarea", { id: textId, class: "editor__input", rows: 2, "data-editor": "note-text" });
  text.value = note.text;
  text.addEventListener("input", () => {
    current = { ...current, text: text.value };
    options.onChange(current);
  });
  const remove = el("button", { type: "button", class: "editor__remove" }, t(lang, "editor.removeNote"));
  remove.addEventListener("click", options.onRemove);
  showChosen();
  row.append(
    el("label", { for: searchId }, t(lang, "editor.node")),
    query,
    hits,
    chosen,
    el("label", { for: textId }, t(lang, "editor.noteText")),
    text,
    remove,
  );
  return row;
}
