// Names in the reader's language: an organisation's label, a form's label. The one place that
// chooses between the data's translations and the English name; it formats nothing else.
import { formLabel } from "../config/forms";
import { formMetaOf, type FormMeta, type Meta } from "../io/schema";
import type { Model } from "../model/model";
import type { Language } from "../state/url";

/** Anything with an English `label` and optional translations in `labels` (nodes, form metadata). */
interface Labelled {
  readonly label?: string | undefined;
  readonly labels?: Partial<Record<string, string>> | undefined;
}

/** The record's name in `lang`, else its English label, else `fallback`. */
export function localName(record: Labelled | undefined, lang: Language, fallback = ""): string {
  if (!record) return fallback;
  return (lang !== "en" && record.labels?.[lang]) || record.label || fallback;
}

/** A node's name by its position in the data. */
export function nodeName(model: Model, node: number, lang: Language): string {
  return localName(model.dataset.nodes[node], lang);
}

/** The data's own record for a form (label, translations, colour), if it has one (own keys only). */
export function formRecord(meta: Meta | undefined, form: string): FormMeta | undefined {
  return meta ? formMetaOf(meta, form) : undefined;
}

/** A form's name: the data's translation, else its own label, else the built-in name of the form. */
export function formName(meta: Meta | undefined, form: string, lang: Language): string {
  const record = formRecord(meta, form);
  return (lang !== "en" && record?.labels?.[lang]) || formLabel(form, record?.label);
}
