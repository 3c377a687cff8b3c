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

export type Theme = "light" | "dark";

export interface FormStyle {
  readonly label: string;
  /** On the light background (white): at least 3:1 contrast, as WCAG asks of graphics. */
  readonly color: string;
  /** On the dark background (#111827): at least 3:1 too. */
  readonly dark: string;
}

// Okabe-Ito hues, darkened for white and lightened for dark where the original falls under 3:1.
export const FORM_STYLES: Readonly<Record<KnownForm, FormStyle>> = {
  cash: { label: "Cash", color: "#0072B2", dark: "#3A9AD9" },
  "cloud-credits": { label: "Cloud credits", color: "#B07A00", dark: "#E69F00" },
  compute: { label: "Compute", color: "#D55E00", dark: "#E8743B" },
  convertible: { label: "Convertible", color: "#B5528F", dark: "#CC79A7" },
  strategic: { label: "Strategic", color: "#008561", dark: "#009E73" },
  acquisition: { label: "Acquisition", color: "#2A8BC8", dark: "#56B4E9" },
  debt: { label: "Debt", color: "#7F4F24", dark: "#C08A52" },
  grant: { label: "Grant", color: "#7A5195", dark: "#A07EC0" },
  other: { label: "Other", color: "#5F6B7A", dark: "#8A94A3" },
};

/** The page background of each theme (the CSS --paper); contrast is measured against it. */
export const BACKGROUNDS: Readonly<Record<Theme, string>> = { light: "#FFFFFF", dark: "#111827" };

/** Unknown forms are accepted and drawn in this neutral colour. */
export const NEUTRAL_COLORS: Readonly<Record<Theme, string>> = { light: "#6B7280", dark: "#9AA0A6" };
export const NEUTRAL_COLOR = NEUTRAL_COLORS.light;

export function isKnownForm(form: string): form is KnownForm {
  return (KNOWN_FORMS as readonly string[]).includes(form);
}

export function formColor(form: string, theme: Theme = "light"): string {
  if (!isKnownForm(form)) return NEUTRAL_COLORS[theme];
  const style = FORM_STYLES[form];
  return theme === "dark" ? style.dark : style.color;
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

export const NODE_COLORS_BY_THEME: Readonly<Record<Theme, Readonly<Record<keyof typeof NODE_COLORS, string>>>> = {
  light: NODE_COLORS,
  dark: { investor: "#CBD5E1", startup: "#A78BFA" },
};
