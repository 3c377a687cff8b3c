// Story steps as store transitions: find a step by number or id, enter it (its view applies, the
// reader's language stays), and open the first view with `step=` in the URL. Pure: no DOM, no store.
import { closest, didYouMean, type Issue } from "../io/issues";
import { investorFlags } from "../model/investors";
import type { Model } from "../model/model";
import type { AppState, Notice } from "./store";
import { readView, type ReadyStep, type ReadyStory, type StepView } from "./story";
import { parseUrlState, type UrlContext, type UrlState } from "./url";

/** A step reference from the URL, a button or a host message: 1-based number or step id. */
export type StepRef = number | string;

/** The step a reference names, or a notice saying why there is none. */
export function findStep(story: ReadyStory, ref: StepRef, place: string): { step: ReadyStep } | { issue: Issue } {
  const count = story.steps.length;
  const text = String(ref).trim();
  if (count === 0) return { issue: { severity: "warning", path: place, message: `step "${text}": this data has no story; ignored` } };
  if (typeof ref === "number" || /^\d+$/.test(text)) {
    const number = Number(text);
    const step = Number.isInteger(number) ? story.steps[number - 1] : undefined;
    if (step) return { step };
    return { issue: { severity: "warning", path: place, message: `no step ${text} (the story has steps 1-${count}); ignored` } };
  }
  const step = story.steps.find((candidate) => candidate.id === text);
  if (step) return { step };
  const ids = story.steps.flatMap((candidate) => (candidate.id === null ? [] : [candidate.id]));
  const hint = closest(text, ids);
  return {
    issue: {
      severity: "warning",
      path: place,
      message: `no step "${text}"${didYouMean(hint)}; steps are 1-${count}; ignored`,
    },
  };
}

/** The view keys a step sets in the store (the same names as in AppState). */
function applyView(state: AppState, view: StepView): AppState {
  return { ...state, filters: view.filters, focus: view.focus, compare: view.compare };
}

/** Enters a step: its view applies, its caption and annotations show. A bad reference adds a notice. */
export const enterStep =
  (ref: StepRef, place: string, source: string) =>
  (state: AppState): AppState => {
    const found = findStep(state.story, ref, place);
    if ("issue" in found) return withNotices(state, source, [found.issue]);
    return { ...applyView(state, found.step.view), step: found.step.number };
  };

/** The step before or after the current one; at either end (or outside the story) nothing changes. */
export const stepBy =
  (delta: -1 | 1) =>
  (state: AppState): AppState => {
    const next = (state.step ?? 0) + delta;
    const step = state.story.steps[next - 1];
    return step ? { ...applyView(state, step.view), step: step.number } : state;
  };

/** A host page's `explorer:view`: the view applies and the story step is left (it is another view). */
export const enterView =
  (query: string, context: UrlContext, place: string, source: string) =>
  (state: AppState): AppState => {
    const read = readView(query, context, place, true);
    const next = { ...applyView(state, read.view), step: null, lang: read.lang ?? state.lang };
    return withNotices(next, source, read.notices);
  };

/** What the URL calls the step: its id when it has one (stable when steps are added), else its number. */
export function stepParamOf(state: Pick<AppState, "story" | "step">): string | null {
  if (state.step === null) return null;
  const step = state.story.steps[state.step - 1];
  return step ? (step.id ?? String(step.number)) : null;
}

/**
 * The first view from the URL: with `step=`, the step's view, and any view parameter the URL also
 * gives on top of it (so a copied URL of a step the reader then changed reproduces what they saw).
 */
export function openView(
  params: URLSearchParams,
  context: UrlContext,
  story: ReadyStory,
): { state: Omit<UrlState, "lang">; step: number | null; notices: Issue[] } {
  const raw = params.get("step");
  if (raw === null || raw === "") {
    const { state, notices } = parseUrlState(params, context);
    return { state, step: null, notices };
  }
  const found = findStep(story, raw, 'URL parameter "step"');
  if ("issue" in found) {
    const { state, notices } = parseUrlState(params, context);
    return { state, step: null, notices: [found.issue, ...notices] };
  }
  const merged = new URLSearchParams(found.step.query);
  for (const [key, value] of params) if (key !== "step" && key !== "lang") merged.set(key, value);
  const { state, notices } = parseUrlState(merged, context);
  return { state, step: found.step.number, notices };
}

/** The caption in the reader's language (the data's `titles` / `texts`), falling back to English. */
export function captionOf(step: ReadyStep, lang: string): { title: string; text: string } {
  return {
    title: (Object.hasOwn(step.titles, lang) ? step.titles[lang] : undefined) ?? step.title,
    text: (Object.hasOwn(step.texts, lang) ? step.texts[lang] : undefined) ?? step.text,
  };
}

/** An annotation's text in the reader's language. */
export function annotationText(annotation: { text: string; texts?: Readonly<Record<string, string>> | undefined }, lang: string): string {
  const texts = annotation.texts;
  return (texts && Object.hasOwn(texts, lang) ? texts[lang] : undefined) ?? annotation.text;
}

/** The annotations a view shows: the story's own (every view) and the current step's. */
export function annotationsShown(state: Pick<AppState, "story" | "step">): ReadyStory["annotations"] {
  const step = state.step === null ? undefined : state.story.steps[state.step - 1];
  return step ? [...state.story.annotations, ...step.annotations] : state.story.annotations;
}

function withNotices(state: AppState, source: string, issues: readonly Issue[]): AppState {
  if (issues.length === 0) return state;
  const added: Notice[] = issues.map((issue) => ({ ...issue, source }));
  return { ...state, notices: [...state.notices, ...added] };
}

/** What the URL parser needs to know of a loaded model. */
export function urlContextOf(model: Model): UrlContext {
  const { index } = model;
  let investors: Uint8Array | null = null;
  return {
    yearExtent: index.yearExtent,
    forms: index.forms,
    hasNode: (id) => model.nodeIndexById.has(id),
    // compare= names investors only (found once, on the first ask).
    isInvestor: (id) => (investors ??= investorFlags(model))[model.nodeIndexById.get(id) ?? -1] === 1,
    nodeIds: () => model.nodeIndexById.keys(),
  };
}
