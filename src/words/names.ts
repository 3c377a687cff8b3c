// Names in the reader's language: an organisation's label, a form's label. The one place that
// chooses between the data's translations and the English name; it formats nothing else.
// Categories and sectors come from the interface strings, cities from the data's `meta.places`.
import { formLabel } from "../config/forms";
import { formMetaOf, type FormMeta, type Meta } from "../io/schema";
import type { Model } from "../model/model";
import type { Language } from "../state/url";
import { isMessageKey, t } from "./i18n";

/** Anything with an English `label` and optional translations in `labels` (nodes, form metadata). */
interface Labelled {
  readonly label?: string | undefined;
  readonly labels?: Partial<Record<string, string>> | undefined;
}

/** Longest name drawn or listed (labels, tooltips, pickers); the details panel shows it whole (issue 17). */
export const MAX_SHOWN_NAME = 120;

/** Text cut for display: a 50 MB label must not reach canvas text measuring or a <select>. */
export function shortText(text: string, max = MAX_SHOWN_NAME): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The local name, cut for display. */
export function shortName(record: Labelled | undefined, lang: Language, fallback = ""): string {
  return shortText(localName(record, lang, fallback));
}

/** The record's name in `lang`, else its English label, else `fallback` (whole: the details panel's). */
export function localName(record: Labelled | undefined, lang: Language, fallback = ""): string {
  if (!record) return fallback;
  return (lang !== "en" && record.labels?.[lang]) || record.label || fallback;
}

/** A node's name by its position in the data, cut for display (lists, tables, live regions). */
export function nodeName(model: Model, node: number, lang: Language): string {
  return shortName(model.dataset.nodes[node], lang);
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

/** An investor's category ("big-tech") or a startup's sector ("LLM") in the reader's language;
 * a value the interface has no words for is shown as the data wrote it. */
export function kindDetailName(field: "category" | "sector", value: string, lang: Language): string {
  // Spelled out, not `${field}.${value}`: the words test finds the keys a file names by their heads.
  const key = field === "category" ? `category.${value}` : `sector.${value}`;
  return isMessageKey(key) ? t(lang, key) : value;
}

/** A city as the data names it, translated through `meta.places` when the data gives one. */
export function placeName(meta: Meta | undefined, place: string, lang: Language): string {
  const places = meta?.places;
  if (lang === "en" || !places || !Object.hasOwn(places, place)) return place;
  return places[place]?.[lang] || place;
}
