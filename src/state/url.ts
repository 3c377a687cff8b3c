// The view <-> URL query string (DESIGN.md section 3). Parsing is lenient: a bad value is ignored
// with a located notice, never a crash. Pure: takes and returns URLSearchParams, no browser globals.
import { parseAmount } from "../io/amount";
import { closest, type Issue } from "../io/issues";
import { ARRANGEMENTS, COLOR_MODES, DEFAULT_DISPLAY, isArrangementName, isColorMode, type DisplayChoice } from "./display";
import { DEFAULT_FILTERS, setForms, setYears, type FilterState } from "./filters";
import { hasScope, NO_SCOPE, scopeOf, type ScopeState } from "./scope";

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

/** The parameters this module owns; any other parameter in the URL is left as it is. */
const OWNED = [
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
      notices.push(notice("forms", `no form "${form}" in this data${hint ? ` (did you mean "${hint}"?)` : ""}; ignored`));
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
      notices.push(notice("focus", `no node "${focusParam}"${hint ? ` (did you mean "${hint}"?)` : ""}; ignored`));
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
  for (const key of OWNED) params.delete(key);
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
  ...["data", "from", "to", "min", "max", "undisclosed", "undated", "forms", "focus", "compare", "lang", "step"],
  ...["layout", "color", "ego", "depth", "component", "top"],
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
    notices.push(notice(key, `not a parameter of this explorer${hint ? ` (did you mean "${hint}"?)` : ""}; ignored`));
  }
  return notices;
}

function notice(parameter: string, message: string): Issue {
  return { severity: "warning", path: `URL parameter "${parameter}"`, message };
}

/** compare=a,b: two different, known investors' ids; anything else is ignored with a notice. */
function readCompare(params: URLSearchParams, context: UrlContext, notices: Issue[]): readonly [string, string] | null {
  const raw = params.get("compare");
  if (raw === null || raw === "") return null;
  const ids = raw.split(",").map((id) => id.trim());
  const [a, b] = ids;
  if (ids.length !== 2 || !a || !b) {
    notices.push(notice("compare", `"${raw}" should be two ids separated by a comma (compare=a,b); ignored`));
    return null;
  }
  if (a === b) {
    notices.push(notice("compare", `"${raw}" names the same node twice; ignored`));
    return null;
  }
  let known = true;
  for (const id of [a, b]) {
    if (context.hasNode(id) && (context.isInvestor?.(id) ?? true)) continue;
    known = false;
    if (context.hasNode(id)) {
      notices.push(notice("compare", `"${id}" is not an investor (it backs no one in the data); comparison ignored`));
      continue;
    }
    const hint = closest(id, context.nodeIds());
    notices.push(notice("compare", `no node "${id}"${hint ? ` (did you mean "${hint}"?)` : ""}; comparison ignored`));
  }
  return known ? [a, b] : null;
}

/** layout= and color=: one of the known names, else the default with a notice naming the value. */
function readDisplay(params: URLSearchParams, notices: Issue[]): DisplayChoice {
  let display = DEFAULT_DISPLAY;
  const layout = params.get("layout");
  if (layout !== null && layout !== "") {
    if (isArrangementName(layout)) display = { ...display, arrangement: layout };
    else {
      const hint = closest(layout, ARRANGEMENTS);
      notices.push(
        notice("layout", `"${layout}" is not one of ${ARRANGEMENTS.join(", ")}${hint ? ` (did you mean "${hint}"?)` : ""}; showing force`),
      );
    }
  }
  const color = params.get("color");
  if (color !== null && color !== "") {
    if (isColorMode(color)) display = { ...display, color };
    else {
      const hint = closest(color, COLOR_MODES);
      notices.push(
        notice("color", `"${color}" is not one of ${COLOR_MODES.join(", ")}${hint ? ` (did you mean "${hint}"?)` : ""}; showing kind`),
      );
    }
  }
  return display;
}

/** ego= (a known node), depth= (1 or 2, with ego), component=largest, top= (a whole number >= 1). */
function readScope(params: URLSearchParams, context: UrlContext, notices: Issue[]): ScopeState {
  let scope = NO_SCOPE;
  const ego = params.get("ego");
  if (ego !== null && ego !== "") {
    if (context.hasNode(ego)) scope = { ...scope, ego };
    else {
      const hint = closest(ego, context.nodeIds());
      notices.push(notice("ego", `no node "${ego}"${hint ? ` (did you mean "${hint}"?)` : ""}; ignored`));
    }
  }
  const depth = params.get("depth");
  if (depth !== null && depth !== "") {
    if (depth !== "1" && depth !== "2") notices.push(notice("depth", `"${depth}" should be 1 or 2; showing 1`));
    else if (ego === null || ego === "") notices.push(notice("depth", `depth=${depth} applies only with ego=<node id>; ignored`));
    else if (scope.ego !== null) scope = { ...scope, depth: depth === "2" ? 2 : 1 };
  }
  const component = params.get("component");
  if (component !== null && component !== "") {
    if (component === "largest") scope = { ...scope, component };
    else notices.push(notice("component", `"${component}" should be "largest"; ignored`));
  }
  const top = params.get("top");
  if (top !== null && top !== "") {
    if (/^\d+$/.test(top.trim()) && Number(top) >= 1 && Number.isSafeInteger(Number(top))) scope = { ...scope, top: Number(top) };
    else notices.push(notice("top", `"${top}" should be a whole number of investors, 1 or more; ignored`));
  }
  return scope;
}

function readYear(params: URLSearchParams, key: string, notices: Issue[]): number | null {
  const raw = params.get(key);
  if (raw === null || raw === "") return null;
  if (/^\d{4}$/.test(raw.trim())) return Number(raw.trim());
  notices.push(notice(key, `"${raw}" is not a year (YYYY); ignored`));
  return null;
}

function readAmount(params: URLSearchParams, key: string, notices: Issue[]): number | null {
  const raw = params.get(key);
  if (raw === null || raw === "") return null;
  const value = parseAmount(raw);
  if (value === null) notices.push(notice(key, `"${raw}" is not an amount in USD (e.g. 1000000 or 1M); ignored`));
  return value;
}

function readSwitch(params: URLSearchParams, key: string, notices: Issue[]): boolean | null {
  const raw = params.get(key);
  if (raw === null || raw === "") return null;
  if (raw === "1" || raw === "true") return true;
  if (raw === "0" || raw === "false") return false;
  notices.push(notice(key, `"${raw}" should be 1 or 0; ignored`));
  return null;
}
