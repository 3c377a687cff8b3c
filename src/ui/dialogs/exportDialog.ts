// The export button (and `e` shortcut) and its dialog: size, scale, background, text frame.
// It only collects the choice and shows the outcome; the picture is made by the export stage.
import "../../words/toolWords";
import type { AppStore } from "../../state/store";
import { el } from "../kit/dom";
import { disableUntilReady } from "../kit/readyButton";
import { liveWords } from "../kit/liveWords";
import { t, type MessageKey } from "../../words/i18n";
import { DEFAULT_CHOICE, EXPORT_SCALES, EXPORT_SIZES, type ExportSize, type PngExportChoice } from "../../export/options";
import "./export.css";

export interface ExportDialogDeps {
  /** Makes and downloads the picture; rejects with a message for the reader. */
  readonly exportPng: (choice: PngExportChoice) => Promise<{ width: number; height: number; milliseconds: number }>;
  /** The graph's size on screen, in CSS pixels. */
  readonly viewSize: () => { width: number; height: number };
}

const SIZE_LABELS: Readonly<Record<ExportSize, MessageKey>> = {
  view: "export.sizeView",
  "1200x630": "export.sizeWide",
  "1200x675": "export.sizeWide",
  "1080x1080": "export.sizeSquare",
};

/** True when a key press belongs to a text field or control, not to the page's shortcuts. */
function typingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function mountExportDialog(slot: HTMLElement, store: AppStore, deps: ExportDialogDeps): () => void {
  // Every word follows a live language switch; messages written later read the language then.
  const words = liveWords(store);
  const now = () => store.getState().lang;
  const button = words.text(
    el("button", {
      type: "button",
      class: "export-button",
      "data-action": "export-png",
      "aria-keyshortcuts": "e",
      "aria-haspopup": "dialog",
    }),
    (lang) => t(lang, "export.button"),
  );
  const dialog = el("dialog", { class: "export-dialog png-export-dialog", "aria-labelledby": "export-title" });
  const form = el("form", { method: "dialog", class: "export-dialog__form" });
  const radios = <T extends string | number>(
    name: string,
    legend: MessageKey,
    values: readonly T[],
    label: (value: T) => string,
    checked: T,
  ) => {
    const fieldset = el("fieldset", { class: `export-dialog__group export-dialog__group--${name}` });
    fieldset.append(words.text(el("legend"), (lang) => t(lang, legend)));
    for (const value of values) {
      const input = el("input", { type: "radio", name, value: String(value), checked: value === checked });
      const row = el("label", { class: "export-dialog__option" });
      row.append(
        input,
        words.text(el("span"), () => label(value)),
      );
      fieldset.append(row);
    }
    return fieldset;
  };
  const sizeLabel = (size: ExportSize): string => {
    if (size === "view") {
      const { width, height } = deps.viewSize();
      return t(now(), "export.sizeView", { size: `${Math.round(width)} × ${Math.round(height)}` });
    }
    return t(now(), SIZE_LABELS[size], { size: size.replace("x", " × ") });
  };
  const sizes = radios("size", "export.size", EXPORT_SIZES, sizeLabel, DEFAULT_CHOICE.size);
  const scales = radios("scale", "export.scale", EXPORT_SCALES, (scale) => `${scale}×`, DEFAULT_CHOICE.scale);
  const transparent = el("input", { type: "checkbox", name: "transparent" });
  const frame = el("input", { type: "checkbox", name: "frame", checked: DEFAULT_CHOICE.frame });
  const check = (input: HTMLInputElement, key: MessageKey) => {
    const row = el("label", { class: "export-dialog__option export-dialog__check" });
    row.append(
      input,
      words.text(el("span"), (lang) => t(lang, key)),
    );
    return row;
  };
  const output = el("p", { class: "export-dialog__output", "aria-live": "polite" });
  const error = el("p", { class: "export-dialog__error", "aria-live": "assertive", hidden: true });
  const cancel = words.text(el("button", { type: "button", class: "export-dialog__cancel" }), (lang) => t(lang, "export.cancel"));
  const confirm = words.text(
    el("button", { type: "submit", class: "export-dialog__confirm", "data-action": "export-png-confirm" }),
    (lang) => t(lang, "export.confirm"),
  );
  const actions = el("div", { class: "export-dialog__actions" });
  actions.append(cancel, confirm);
  form.append(
    words.text(el("h2", { id: "export-title" }), (lang) => t(lang, "export.title")),
    sizes,
    scales,
    check(frame, "export.frame"),
    check(transparent, "export.transparent"),
    output,
    error,
    actions,
  );
  dialog.append(form);
  slot.append(button, dialog);

  const choice = (): PngExportChoice => {
    const data = new FormData(form);
    const size = EXPORT_SIZES.find((value) => value === data.get("size")) ?? DEFAULT_CHOICE.size;
    const scale = EXPORT_SCALES.find((value) => String(value) === data.get("scale")) ?? DEFAULT_CHOICE.scale;
    return { size, scale, transparent: transparent.checked, frame: frame.checked };
  };
  const describe = (): void => {
    const { size, scale } = choice();
    const base = size === "view" ? deps.viewSize() : { width: Number(size.split("x")[0]), height: Number(size.split("x")[1]) };
    output.textContent = t(now(), size === "view" && frame.checked ? "export.outputAbout" : "export.output", {
      size: `${Math.round(base.width * scale)} × ${Math.round(base.height * scale)}`,
    });
  };
  form.addEventListener("change", describe);

  const open = (): void => {
    if (dialog.open || store.getState().load !== "ready") return;
    // The view size changes with the window: relabel before showing.
    const viewLabel = sizes.querySelector('input[value="view"] + span');
    if (viewLabel) viewLabel.textContent = sizeLabel("view");
    error.hidden = true;
    describe();
    dialog.showModal();
  };
  button.addEventListener("click", open);
  cancel.addEventListener("click", () => dialog.close());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    confirm.disabled = true;
    error.hidden = true;
    output.textContent = t(now(), "export.working");
    deps.exportPng(choice()).then(
      (done) => {
        dialog.dataset["exportWidth"] = String(done.width);
        dialog.dataset["exportHeight"] = String(done.height);
        dialog.dataset["exportMs"] = String(Math.round(done.milliseconds));
        confirm.disabled = false;
        dialog.close();
      },
      (reason: unknown) => {
        confirm.disabled = false;
        error.textContent = reason instanceof Error ? reason.message : String(reason);
        error.hidden = false;
        describe();
      },
    );
  });

  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== "e" || event.ctrlKey || event.metaKey || event.altKey || typingTarget(event.target)) return;
    // Another dialog (embed code, import mapping) keeps the keyboard while it is open.
    if (document.querySelector("dialog[open]")) return;
    event.preventDefault();
    open();
  };
  document.addEventListener("keydown", onKey);
  const unsubscribe = disableUntilReady(button, store);
  return () => {
    unsubscribe();
    words.dispose();
    document.removeEventListener("keydown", onKey);
    button.remove();
    dialog.remove();
  };
}
