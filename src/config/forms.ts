// The vocabulary of investment forms and the colours the picture uses for them.
// Pure constants: no DOM, no data. Palette: Okabe-Ito, distinguishable with common colour-blindness.

export const KNOWN_FORMS = [
  "cash",
  "cloud-credits",
  "compute",
  "convertible",
  "strategic",
  "acquisition",
  "debt",
  "grant",
  "other",
] as const;

export type KnownForm = (typeof KNOWN_FORMS)[number];

export interface FormStyle {
  readonly label: string;
  readonly color: string;
}

export const FORM_STYLES: Readonly<Record<KnownForm, FormStyle>> = {
  cash: { label: "Cash", color: "#0072B2" },
  "cloud-credits": { label: "Cloud credits", color: "#E69F00" },
  compute: { label: "Compute", color: "#D55E00" },
  convertible: { label: "Convertible", color: "#CC79A7" },
  strategic: { label: "Strategic", color: "#009E73" },
  acquisition: { label: "Acquisition", color: "#56B4E9" },
  debt: { label: "Debt", color: "#8C6D00" },
  grant: { label: "Grant", color: "#7A5195" },
  other: { label: "Other", color: "#8A8A8A" },
};

/** Unknown forms are accepted and drawn in this neutral colour. */
export const NEUTRAL_COLOR = "#9AA0A6";

export function isKnownForm(form: string): form is KnownForm {
  return (KNOWN_FORMS as readonly string[]).includes(form);
}

export function formColor(form: string): string {
  return isKnownForm(form) ? FORM_STYLES[form].color : NEUTRAL_COLOR;
}

/** Label from the data's meta.forms first, then our vocabulary, then the raw key. */
export function formLabel(form: string, metaLabel?: string): string {
  if (metaLabel) return metaLabel;
  return isKnownForm(form) ? FORM_STYLES[form].label : form;
}

export const NODE_COLORS = {
  investor: "#1E293B",
  startup: "#6D28D9",
} as const;
