// Reading one URL parameter (or a group of them) leniently: a value the view can take, or the default
// with a notice that names the parameter, the value and, when one is close, what was meant.
import { parseAmount } from "../io/amount";
import { closest, didYouMean, type Issue } from "../io/issues";
import { ARRANGEMENTS, COLOR_MODES, DEFAULT_DISPLAY, isArrangementName, isColorMode, type DisplayChoice } from "./display";
import { NO_SCOPE, type ScopeState } from "./scope";
import type { UrlContext } from "./url";

export function notice(parameter: string, message: string): Issue {
  return { severity: "warning", path: `URL parameter "${parameter}"`, message };
}

/** compare=a,b: two different, known investors' ids; anything else is ignored with a notice. */
export function readCompare(params: URLSearchParams, context: UrlContext, notices: Issue[]): readonly [string, string] | null {
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
    notices.push(notice("compare", `no node "${id}"${didYouMean(hint)}; comparison ignored`));
  }
  return known ? [a, b] : null;
}

/** layout= and color=: one of the known names, else the default with a notice naming the value. */
export function readDisplay(params: URLSearchParams, notices: Issue[]): DisplayChoice {
  let display = DEFAULT_DISPLAY;
  const layout = params.get("layout");
  if (layout !== null && layout !== "") {
    if (isArrangementName(layout)) display = { ...display, arrangement: layout };
    else {
      const hint = closest(layout, ARRANGEMENTS);
      notices.push(notice("layout", `"${layout}" is not one of ${ARRANGEMENTS.join(", ")}${didYouMean(hint)}; showing force`));
    }
  }
  const color = params.get("color");
  if (color !== null && color !== "") {
    if (isColorMode(color)) display = { ...display, color };
    else {
      const hint = closest(color, COLOR_MODES);
      notices.push(notice("color", `"${color}" is not one of ${COLOR_MODES.join(", ")}${didYouMean(hint)}; showing kind`));
    }
  }
  return display;
}

/** ego= (a known node), depth= (1 or 2, with ego), component=largest, top= (a whole number >= 1). */
export function readScope(params: URLSearchParams, context: UrlContext, notices: Issue[]): ScopeState {
  let scope = NO_SCOPE;
  const ego = params.get("ego");
  if (ego !== null && ego !== "") {
    if (context.hasNode(ego)) scope = { ...scope, ego };
    else {
      const hint = closest(ego, context.nodeIds());
      notices.push(notice("ego", `no node "${ego}"${didYouMean(hint)}; ignored`));
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

export function readYear(params: URLSearchParams, key: string, notices: Issue[]): number | null {
  const raw = params.get(key);
  if (raw === null || raw === "") return null;
  if (/^\d{4}$/.test(raw.trim())) return Number(raw.trim());
  notices.push(notice(key, `"${raw}" is not a year (YYYY); ignored`));
  return null;
}

export function readAmount(params: URLSearchParams, key: string, notices: Issue[]): number | null {
  const raw = params.get(key);
  if (raw === null || raw === "") return null;
  const value = parseAmount(raw);
  if (value === null) notices.push(notice(key, `"${raw}" is not an amount in USD (e.g. 1000000 or 1M); ignored`));
  return value;
}

export function readSwitch(params: URLSearchParams, key: string, notices: Issue[]): boolean | null {
  const raw = params.get(key);
  if (raw === null || raw === "") return null;
  if (raw === "1" || raw === "true") return true;
  if (raw === "0" || raw === "false") return false;
  notices.push(notice(key, `"${raw}" should be 1 or 0; ignored`));
  return null;
}
