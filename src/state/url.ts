// The view <-> URL query string (DESIGN.md section 3). Parsing is lenient: a bad value is ignored
// with a located notice, never a crash. Pure: takes and returns URLSearchParams, no browser globals.
import { closest, didYouMean, type Issue } from "../io/issues";
import { DEFAULT_DISPLAY, type DisplayChoice } from "./display";
import { DEFAULT_FILTERS, setForms, setYears, type FilterState } from "./filters";
import { hasScope, scopeOf } from "./scope";
import { notice, readAmount, readCompare, readDisplay, readScope, readSwitch, readYear } from "./urlReaders";

export const LANGUAGES = ["en", "ko", "zh"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export interface UrlContext {
  readonly yearExtent: readonly [number, number] | null;
  readonly forms: readonly string[];
  readonly hasNode: (id: string) => boolean;
  readonly nodeIds: () => Iterable<string>;
  /** Whether a node invests in anything (compare= takes only those); every node when absent. */
  readonly isInvestor?: (id: string) => boolean;
}

export interface UrlState {
  readonly filters: FilterState;
  readonly focus: string | null;
  readonly lang: Language;
  /** Two investors compared side by side (compare=a,b). */
  readonly compare: readonly [string, string] | null;
  /** layout= and color=; absent means the defaults (force, kind). */
  readonly display?: DisplayChoice;
}

/** The parameters of a view, which this module owns; any other parameter in the URL is left as it is. */
export const VIEW_PARAMETERS = [
  "from",
  "to",
  "min",
  "max",
  "undisclosed",
  "undated",
  "forms",
  "focus",
  "lang",
  "compare",
  "layout",
  "color",
  "ego",
  "depth",
  "component",
  "top",
] as const;

export function readLanguage(params: URLSearchParams, notices: Issue[]): Language {
  const raw = params.get("lang");
  if (raw === null || raw === "") return "en";
  if (isLanguage(raw)) return raw;
  notices.push(notice("lang", `"${raw}" is not one of ${LANGUAGES.join(", ")}; showing en`));
  return "en";
}

export function parseUrlState(params: URLSearchParams, context: UrlContext): { state: UrlState; notices: Issue[] } {
  const notices: Issue[] = unknownParameters(params);
  let filters: FilterState = DEFAULT_FILTERS;

  const from = readYear(params, "from", notices);
  const to = readYear(params, "to", notices);
  if ((from !== null || to !== null) && context.yearExtent) {
    const [lo, hi] = context.yearExtent;
    if (from !== null && to !== null && from > to) notices.push(notice("from", `${from} is after to=${to}; swapped`));
    if ((from ?? lo) > hi || (to ?? hi) < lo) {
      notices.push(notice(from !== null ? "from" : "to", `no deal falls in ${from ?? lo}-${to ?? hi} (data: ${lo}-${hi}); ignored`));
    } else {
      filters = setYears([from ?? lo, to ?? hi], context.yearExtent)(filters);
    }
  }

  const min = readAmount(params, "min", notices);
  const max = readAmount(params, "max", notices);
  if (min !== null || max !== null) {
    if (min !== null && max !== null && min > max) notices.push(notice("min", `${min} is above max=${max}; swapped`));
    const lo = min !== null && max !== null ? Math.min(min, max) : min;
    const hi = min !== null && max !== null ? Math.max(min, max) : max;
    filters = { ...filters, minAmount: lo !== null && lo > 0 ? lo : null, maxAmount: hi };
  }

  const undisclosed = readSwitch(params, "undisclosed", notices);
  if (undisclosed !== null) filters = { ...filters, includeUndisclosed: undisclosed };
  const undated = readSwitch(params, "undated", notices);
  if (undated !== null) filters = { ...filters, includeUndated: undated };

  const formsParam = params.get("forms");
  if (formsParam !== null) {
    const asked = formsParam
      .split(",")
      .map((form) => unescapeForm(form.trim()))
      .filter(Boolean);
    const known = asked.filter((form) => context.forms.includes(form));
    for (const form of asked.filter((f) => !context.forms.includes(f))) {
      const hint = closest(form, context.forms);
      notices.push(notice("forms", `no form "${form}" in this data${didYouMean(hint)}; ignored`));
    }
    // "forms=" (present, empty) is a view with every form switched off; unknown forms alone show all.
    if (known.length > 0 || asked.length === 0) filters = setForms(known, context.forms)(filters);
    else notices.push(notice("forms", "none of the forms given is in this data; showing all forms"));
  }

  let focus: string | null = null;
  const focusParam = params.get("focus");
  if (focusParam) {
    if (context.hasNode(focusParam)) focus = focusParam;
    else {
      const hint = closest(focusParam, context.nodeIds());
      notices.push(notice("focus", `no node "${focusParam}"${didYouMean(hint)}; ignored`));
    }
  }

  const compare = readCompare(params, context, notices);
  const scope = readScope(params, context, notices);
  if (hasScope(scope)) filters = { ...filters, scope };
  const display = readDisplay(params, notices);
  return { state: { filters, focus, lang: readLanguage(params, notices), compare, display }, notices };
}

/**
 * Writes the state into a copy of `base`, leaving parameters this module does not own untouched.
 * `step` (the story step's id or number, state/storyStep.ts) is written when given; null removes it.
 */
export function writeUrlState(base: URLSearchParams, state: UrlState, step?: string | null): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of VIEW_PARAMETERS) params.delete(key);
  if (step !== undefined) params.delete("step");
  const { filters } = state;
  if (filters.years) {
    params.set("from", String(filters.years[0]));
    params.set("to", String(filters.years[1]));
  }
  if (filters.minAmount !== null) params.set("min", String(filters.minAmount));
  if (filters.maxAmount !== null) params.set("max", String(filters.maxAmount));
  if (!filters.includeUndisclosed) params.set("undisclosed", "0");
  if (!filters.includeUndated) params.set("undated", "0");
  if (filters.forms !== null) params.set("forms", filters.forms.map(escapeForm).join(","));
  if (state.focus !== null) params.set("focus", state.focus);
  if (state.lang !== "en") params.set("lang", state.lang);
  if (state.compare !== null) params.set("compare", state.compare.join(","));
  if (step) params.set("step", step);
  const scope = scopeOf(filters);
  if (scope.ego !== null) {
    params.set("ego", scope.ego);
    if (scope.depth !== 1) params.set("depth", String(scope.depth));
  }
  if (scope.component !== null) params.set("component", scope.component);
  if (scope.top !== null) params.set("top", String(scope.top));
  const display = state.display ?? DEFAULT_DISPLAY;
  if (display.arrangement !== DEFAULT_DISPLAY.arrangement) params.set("layout", display.arrangement);
  if (display.color !== DEFAULT_DISPLAY.color) params.set("color", display.color);
  return params;
}

/**
 * forms= is a comma list; inside it a name's "%" is written "%25" and its "," "%2C" (before the usual
 * URL encoding), so "Cash, equity" is one form. Hand-written lists (forms=cash,debt) read as before.
 */
export function escapeForm(form: string): string {
  return form.replace(/%/g, "%25").replace(/,/g, "%2C");
}

export function unescapeForm(text: string): string {
  return text.replace(/%(25|2C)/gi, (escape) => (escape === "%25" ? "%" : ","));
}

/**
 * Every parameter the app reads (DESIGN.md section 3, the embed flags, the story step), and those
 * pym.js's Parent adds to an embed's address. Anything else is reported, so a typo ("form=") is seen.
 */
export const URL_PARAMETERS: readonly string[] = [
  ...VIEW_PARAMETERS,
  ...["data", "step"],
  ...["embed", "dark", "plain", "static", "transparent", "picture"],
  ...["initialWidth", "childId", "parentTitle", "parentUrl"],
];

/** What other sites add to a link (campaign tags, click ids): not the reader's typo, so not reported. */
const ADDED_BY_OTHERS = /^(utm_[a-z]+|fbclid|gclid|msclkid|mc_cid|mc_eid)$/;

/** A notice per parameter the app does not know, with the nearest known name when one is close. */
export function unknownParameters(params: URLSearchParams): Issue[] {
  const seen = new Set<string>();
  const notices: Issue[] = [];
  for (const key of params.keys()) {
    if (seen.has(key) || URL_PARAMETERS.includes(key) || ADDED_BY_OTHERS.test(key)) continue;
    seen.add(key);
    const hint = closest(key, URL_PARAMETERS, 2);
    notices.push(notice(key, `not a parameter of this explorer${didYouMean(hint)}; ignored`));
  }
  return notices;
}
