// The editor's draft of a dataset's words (title, description, credit, story steps, annotations) as
// named pure transitions: the header and captions follow the draft live, the data file takes it in.
// Must not: touch the graph or the deal index (an edit never rebuilds the model).
import type { Dataset } from "../io/parse";
import type { Meta } from "../io/schema";
import type { Annotation, Story, StoryStep } from "../io/story";
import type { Model } from "../model/model";
import type { AppState } from "./store";
import { readStory, viewQuery, type ReadyStory } from "./story";
import type { UrlContext } from "./url";

/** What the editor changes; a step's view is a query string as in the data file (DESIGN.md section 6). */
export interface MetaDraft {
  readonly title: string;
  readonly description: string;
  readonly credit: string;
  readonly steps: readonly StoryStep[];
  readonly annotations: readonly Annotation[];
}

/** The URL context of a model: which years, forms and nodes a view may name. */
export function urlContextOf(model: Model): UrlContext {
  return {
    yearExtent: model.index.yearExtent,
    forms: model.index.forms,
    hasNode: (id) => model.nodeIndexById.has(id),
    nodeIds: () => model.nodeIndexById.keys(),
  };
}

/** A checked story back into the file's shape (ids, translations, views and annotations kept). */
export function storyToSteps(story: ReadyStory): StoryStep[] {
  return story.steps.map((step) => {
    const out: StoryStep = { title: step.title, text: step.text, view: step.query };
    return {
      ...(step.id !== null ? { id: step.id } : {}),
      ...out,
      ...(Object.keys(step.titles).length > 0 ? { titles: { ...step.titles } } : {}),
      ...(Object.keys(step.texts).length > 0 ? { texts: { ...step.texts } } : {}),
      ...(step.annotations.length > 0 ? { annotations: step.annotations.map((a) => ({ ...a })) } : {}),
    };
  });
}

/** The draft an editor starts from: the current draft, or the loaded data's words and story. */
export function draftOf(state: Pick<AppState, "model" | "edits">): MetaDraft | null {
  if (state.edits) return state.edits;
  if (!state.model) return null;
  const { meta } = state.model.dataset;
  const { story } = readStory(meta.story, meta.annotations, urlContextOf(state.model));
  return {
    title: meta.title,
    description: meta.description ?? "",
    credit: meta.credit ?? "",
    steps: storyToSteps(story),
    annotations: story.annotations,
  };
}

/** Applies a draft: the header reads it, the story is re-checked against the graph (the captions follow). */
export const applyDraft =
  (draft: MetaDraft) =>
  (state: AppState): AppState => {
    if (!state.model) return state;
    const { story } = readStory({ steps: draft.steps }, draft.annotations, urlContextOf(state.model));
    const step = state.step !== null && state.step <= story.steps.length ? state.step : null;
    return { ...state, edits: draft, story, step };
  };

/** The meta a reader sees now: the data's, with the editor's draft on top. */
export function shownMeta(state: Pick<AppState, "model" | "edits">): Meta | null {
  if (!state.model) return null;
  const { meta } = state.model.dataset;
  return state.edits ? withDraft(meta, state.edits) : meta;
}

/** Notes not yet attached to an organisation (or without words) stay in the editor, not in the file. */
const finished = (notes: readonly Annotation[] | undefined): Annotation[] =>
  (notes ?? []).filter((note) => note.node.trim() !== "" && note.text.trim() !== "").map((note) => ({ ...note }));

function cleanStep(step: StoryStep): StoryStep {
  const { annotations, view, ...rest } = step;
  const notes = finished(annotations);
  return { ...rest, ...(view ? { view } : {}), ...(notes.length > 0 ? { annotations: notes } : {}) };
}

function withDraft(meta: Meta, draft: MetaDraft): Meta {
  const rest: Meta = { ...meta };
  delete rest.description;
  delete rest.credit;
  delete rest.story;
  delete rest.annotations;
  const story: Story | undefined = draft.steps.length > 0 ? { steps: draft.steps.map(cleanStep) } : undefined;
  const annotations = finished(draft.annotations);
  return {
    ...rest,
    title: draft.title.trim() || meta.title,
    ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
    ...(draft.credit.trim() ? { credit: draft.credit.trim() } : {}),
    ...(story ? { story } : {}),
    ...(annotations.length > 0 ? { annotations } : {}),
  };
}

/** The dataset to save: the same nodes and deals, the draft's words and story in meta (format v1). */
export function editedDataset(dataset: Dataset, draft: MetaDraft | null): Dataset {
  return draft ? { ...dataset, meta: withDraft(dataset.meta, draft) } : dataset;
}

/** The view on screen as a step's `view` query ("use the current view"). */
export function currentViewQuery(state: Pick<AppState, "filters" | "focus" | "compare">): string {
  return viewQuery({ filters: state.filters, focus: state.focus, compare: state.compare });
}
