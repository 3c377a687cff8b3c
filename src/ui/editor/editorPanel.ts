// The editor of the full app: title, description, credit, story steps (caption, view) and notes on
// organisations, applied live through the store (state/edits.ts), saved as a data file or a site.
// A non-modal panel, so the reader can set a view behind it. Must not: write the store but through a named transition.
import "../../words/toolWords";
import type { Annotation, StoryStep } from "../../io/story";
import { buildSearchIndex } from "../../model/search";
import { applyDraft, currentViewQuery, draftOf, type MetaDraft } from "../../state/edits";
import type { AppStore } from "../../state/store";
import { apply } from "../../state/transitions";
import { t } from "../../words/i18n";
import { el, uniqueId } from "../kit/dom";
import { noteRow } from "./notePicker";
import "./editor.css";

export interface EditorDeps {
  /** Downloads the data file (format v1 with the edits and the positions as shown); resolves with its name. */
  readonly downloadData: () => Promise<string>;
  /** Downloads the site as a zip; resolves with its name. */
  readonly publish: () => Promise<string>;
}

export interface Editor {
  open(): void;
  dispose(): void;
}

export function createEditor(store: AppStore, deps: EditorDeps): Editor {
  const { lang } = store.getState();
  const panel = el("dialog", { class: "editor", "aria-labelledby": "editor-title", "data-editor-panel": "" });
  const body = el("div", { class: "editor__body" });
  const message = el("p", { class: "editor__message", role: "status" });
  const download = el("button", { type: "button", "data-action": "editor-download" }, t(lang, "editor.download"));
  const publish = el("button", { type: "button", "data-action": "editor-publish", class: "editor__primary" }, t(lang, "editor.publish"));
  const close = el("button", { type: "button", "data-action": "editor-close" }, t(lang, "editor.close"));
  const actions = el("div", { class: "editor__actions" });
  actions.append(download, publish, close);
  panel.append(
    el("h2", { id: "editor-title" }, t(lang, "editor.title")),
    el("p", { class: "editor__hint" }, t(lang, "editor.hint")),
    body,
    message,
    actions,
  );
  document.body.append(panel);

  let draft: MetaDraft | null = null;
  const commit = (next: MetaDraft): void => {
    draft = next;
    apply(store, applyDraft(next));
  };

  const field = (label: string, value: string, multiline: boolean, name: string, onInput: (value: string) => void): HTMLElement => {
    const id = uniqueId("editor");
    const input = multiline
      ? el("textarea", { id, rows: 3, class: "editor__input", "data-editor": name })
      : el("input", { id, type: "text", class: "editor__input", "data-editor": name });
    input.value = value;
    input.addEventListener("input", () => onInput(input.value));
    const wrap = el("div", { class: "editor__field" });
    wrap.append(el("label", { for: id }, label), input);
    return wrap;
  };

  const notes = (list: readonly Annotation[], legend: string, onList: (next: Annotation[]) => void): HTMLElement => {
    const state = store.getState();
    const model = state.model;
    const group = el("fieldset", { class: "editor__group" });
    group.append(el("legend", {}, legend));
    if (!model) return group;
    const index = buildSearchIndex(model);
    const nameOf = (id: string): string => {
      const i = model.nodeIndexById.get(id);
      return i === undefined ? "" : (index.labels[i] ?? "");
    };
    let current = [...list];
    current.forEach((note, i) => {
      group.append(
        noteRow(note, {
          lang,
          index,
          nameOf,
          onChange: (changed) => {
            current = current.map((old, j) => (j === i ? changed : old));
            onList(current);
          },
          onRemove: () => {
            onList(current.filter((_old, j) => j !== i));
            render();
          },
        }),
      );
    });
    const add = el("button", { type: "button", "data-action": "editor-add-note" }, t(lang, "editor.addNote"));
    add.addEventListener("click", () => {
      onList([...current, { node: "", text: "" }]);
      render();
    });
    group.append(add);
    return group;
  };

  const stepFields = (step: StoryStep, i: number): HTMLElement => {
    const number = String(i + 1);
    const set = (patch: Partial<StoryStep>): void => {
      if (!draft) return;
      commit({ ...draft, steps: draft.steps.map((old, j) => (j === i ? { ...old, ...patch } : old)) });
    };
    const group = el("fieldset", { class: "editor__group editor__step", "data-step": number });
    group.append(el("legend", {}, t(lang, "editor.step", { number })));
    group.append(field(t(lang, "editor.stepTitle"), step.title, false, "step-title", (title) => set({ title })));
    group.append(field(t(lang, "editor.stepText"), step.text, true, "step-text", (text) => set({ text })));
    const view = field(t(lang, "editor.view"), step.view ?? "", false, "step-view", (value) => set({ view: value }));
    const use = el("button", { type: "button", "data-action": "editor-use-view" }, t(lang, "editor.useView"));
    use.addEventListener("click", () => {
      const query = currentViewQuery(store.getState());
      const input = view.querySelector("input");
      if (input) input.value = query;
      set({ view: query });
    });
    view.append(use);
    group.append(
      view,
      notes(step.annotations ?? [], t(lang, "editor.stepAnnotations"), (annotations) => set({ annotations })),
    );
    const remove = el("button", { type: "button", class: "editor__remove" }, t(lang, "editor.removeStep", { number }));
    remove.addEventListener("click", () => {
      if (!draft) return;
      commit({ ...draft, steps: draft.steps.filter((_old, j) => j !== i) });
      render();
    });
    group.append(remove);
    return group;
  };

  /** Rebuilds the fields (after adding or removing a step or note); typing never rebuilds, so focus stays. */
  function render(): void {
    if (!draft) return;
    const meta = el("fieldset", { class: "editor__group" });
    meta.append(el("legend", {}, t(lang, "editor.meta")));
    meta.append(
      field(t(lang, "editor.headline"), draft.title, false, "title", (title) => draft && commit({ ...draft, title })),
      field(
        t(lang, "editor.description"),
        draft.description,
        true,
        "description",
        (description) => draft && commit({ ...draft, description }),
      ),
      field(t(lang, "editor.credit"), draft.credit, false, "credit", (credit) => draft && commit({ ...draft, credit })),
    );
    const steps = el("section", { class: "editor__steps", "aria-label": t(lang, "editor.steps") });
    steps.append(el("h3", {}, t(lang, "editor.steps")), ...draft.steps.map(stepFields));
    const add = el("button", { type: "button", "data-action": "editor-add-step" }, t(lang, "editor.addStep"));
    add.addEventListener("click", () => {
      if (!draft) return;
      commit({ ...draft, steps: [...draft.steps, { title: "", text: "", view: currentViewQuery(store.getState()) }] });
      render();
    });
    steps.append(add);
    body.replaceChildren(
      meta,
      steps,
      notes(draft.annotations, t(lang, "editor.annotations"), (annotations) => draft && commit({ ...draft, annotations })),
    );
  }

  const run = (action: () => Promise<string>, button: HTMLButtonElement): void => {
    button.disabled = true;
    message.textContent = t(lang, "embed.publishing");
    action()
      .then(
        (name) => void (message.textContent = t(lang, "editor.saved", { name })),
        (reason: unknown) => void (message.textContent = reason instanceof Error ? reason.message : String(reason)),
      )
      .finally(() => void (button.disabled = false));
  };
  download.addEventListener("click", () => run(deps.downloadData, download));
  publish.addEventListener("click", () => run(deps.publish, publish));
  close.addEventListener("click", () => panel.close());
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") panel.close();
  });

  // A new file replaces the draft: the editor starts again from that file's words.
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.model !== previous.model) {
      draft = draftOf(state);
      message.textContent = "";
      render();
    }
  });
  return {
    open() {
      if (!draft) {
        draft = draftOf(store.getState());
        render();
      }
      if (!panel.open) panel.show();
      panel.querySelector<HTMLElement>("[data-editor='title']")?.focus();
    },
    dispose() {
      unsubscribe();
      panel.remove();
    },
  };
}
