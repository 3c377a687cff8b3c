// The CSV mapping step: a native dialog with one labelled select per field, prefilled with the guess.
// Column names and sample cells are data: they go in as text only.
import "../../words/toolWords";
import { MAPPED_FIELDS, mappingProblems, type CsvField, type CsvMapping } from "../../io/csvColumns";
import type { MappingRequest } from "../../io/importProtocol";
import type { Language } from "../../state/url";
import { el, uniqueId } from "../kit/dom";
import { t } from "../../words/i18n";
import "./import.css";

/** Opens the dialog; resolves to the chosen mapping, or null when cancelled. */
export function chooseMapping(request: MappingRequest, name: string, lang: Language): Promise<CsvMapping | null> {
  const dialog = el("dialog", { class: "mapping-dialog", "aria-labelledby": uniqueId("mapping-title") });
  const titleId = dialog.getAttribute("aria-labelledby") ?? "";
  const form = el("form", { method: "dialog", class: "mapping-dialog__form" });
  form.append(el("h2", { id: titleId }, t(lang, "mapping.title")), el("p", {}, t(lang, "mapping.intro", { name })));

  const selects = new Map<CsvField, HTMLSelectElement>();
  for (const field of MAPPED_FIELDS) {
    const id = uniqueId(`map-${field}`);
    const select = el("select", { id, name: field, "data-field": field });
    select.append(el("option", { value: "" }, t(lang, "mapping.none")));
    request.headers.forEach((header, column) => {
      const sample = request.preview.map((row) => row[column] ?? "").find((cell) => cell.trim() !== "") ?? "";
      const text = sample ? `${header} (e.g. ${sample.slice(0, 30)})` : header;
      select.append(el("option", { value: String(column), selected: request.guess[field] === column }, text));
    });
    selects.set(field, select);
    form.append(el("div", { class: "mapping-dialog__row" }, undefined));
    form.lastElementChild?.append(el("label", { for: id }, t(lang, `mapping.${field}`)), select);
  }
  const error = el("p", { class: "mapping-dialog__error", "aria-live": "assertive", hidden: true }, t(lang, "mapping.required"));
  const cancel = el("button", { type: "button", class: "mapping-dialog__cancel" }, t(lang, "mapping.cancel"));
  const confirm = el(
    "button",
    { type: "submit", class: "mapping-dialog__confirm", "data-action": "import-confirm" },
    t(lang, "mapping.confirm"),
  );
  form.append(error, el("div", { class: "mapping-dialog__actions" }));
  form.lastElementChild?.append(cancel, confirm);
  dialog.append(form);
  document.body.append(dialog);

  const read = (): CsvMapping => {
    const mapping: Record<CsvField, number | null> = { ...request.guess };
    for (const [field, select] of selects) mapping[field] = select.value === "" ? null : Number(select.value);
    return mapping;
  };
  return new Promise((resolve) => {
    const close = (value: CsvMapping | null): void => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const mapping = read();
      if (mappingProblems(mapping, request.headers.length).length) {
        error.hidden = false;
        return;
      }
      close(mapping);
    });
    cancel.addEventListener("click", () => close(null));
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      close(null);
    });
    dialog.showModal();
    selects.get("investor")?.focus();
  });
}
