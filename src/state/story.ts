// Reads a data file's story (meta.story, meta.annotations) against the loaded graph: every step keeps
// what is valid, and each bad part is a located notice. Pure and lenient: never throws on data.
import type { z } from "zod/mini";
import { closest, didYouMean, formatPath, type Issue } from "../io/issues";
import { AnnotationSchema, StoryStepSchema, type Annotation } from "../io/story";
import { parseUrlState, VIEW_PARAMETERS, writeUrlState, type UrlContext, type UrlState } from "./url";

/** The part of a URL state a step sets: everything but the reader's language. */
export type StepView = Omit<UrlState, "lang">;

export interface ReadyStep {
  /** 1-based, as in `step=2` and the host protocol. */
  readonly number: number;
  readonly id: string | null;
  readonly title: string;
  readonly text: string;
  readonly titles: Readonly<Record<string, string>>;
  readonly texts: Readonly<Record<string, string>>;
  readonly view: StepView;
  /** The view as a clean query string (what the URL shows for it). */
  readonly query: string;
  readonly annotations: readonly Annotation[];
}

export interface ReadyStory {
  readonly steps: readonly ReadyStep[];
  /** Shown in every view, with or without a step. */
  readonly annotations: readonly Annotation[];
}

export const EMPTY_STORY: ReadyStory = { steps: [], annotations: [] };

/** URL parameters (DESIGN.md section 3) a view may not set: they choose data, chrome or the step itself. */
const REFUSED_IN_VIEW = ["data", "embed", "step"] as const;
/** Every parameter of DESIGN.md section 3; anything else in a view is reported as unknown. */
const SECTION_3: readonly string[] = [...REFUSED_IN_VIEW, ...VIEW_PARAMETERS];

/** A view query ("from=2023&forms=cash") -> the view it sets, with notices placed at `place`. */
export function readView(
  query: string,
  context: UrlContext,
  place: string,
  allowLanguage = false,
): { view: StepView; lang: UrlState["lang"] | null; notices: Issue[] } {
  const notices: Issue[] = [];
  const params = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  for (const key of new Set(params.keys())) {
    const refused = (REFUSED_IN_VIEW as readonly string[]).includes(key) || (key === "lang" && !allowLanguage);
    if (refused) {
      const why = key === "lang" ? "the reader's language is kept" : "a view cannot change the data, the embed mode or the step";
      notices.push({ severity: "warning", path: place, message: `parameter "${key}" is not allowed here (${why}); ignored` });
      params.delete(key);
    } else if (!SECTION_3.includes(key)) {
      const hint = closest(key, SECTION_3, 2);
      notices.push({
        severity: "warning",
        path: place,
        message: `unknown parameter "${key}"${didYouMean(hint)}; ignored`,
      });
    }
  }
  const parsed = parseUrlState(params, context);
  for (const notice of parsed.notices)
    notices.push({ ...notice, path: place, message: `${notice.path.replace(/^URL parameter /, "parameter ")}: ${notice.message}` });
  const { lang, ...view } = parsed.state;
  return { view, lang: params.has("lang") ? lang : null, notices };
}

/** The clean query string of a view (for the URL and for comparing views). */
export function viewQuery(view: StepView): string {
  return writeUrlState(new URLSearchParams(), { ...view, lang: "en" }).toString();
}

/** meta.story and meta.annotations as a data file gives them -> the story the app shows. */
export function readStory(rawStory: unknown, rawAnnotations: unknown, context: UrlContext): { story: ReadyStory; notices: Issue[] } {
  const notices: Issue[] = [];
  const annotations = readAnnotations(rawAnnotations, "meta.annotations", context, notices);
  if (rawStory === undefined || rawStory === null) return { story: { steps: [], annotations }, notices };
  if (!isRecord(rawStory) || !Array.isArray(rawStory.steps)) {
    notices.push({ severity: "warning", path: "meta.story", message: 'should be { "steps": [ ... ] }; no story shown' });
    return { story: { steps: [], annotations }, notices };
  }
  const steps: ReadyStep[] = [];
  const ids = new Set<string>();
  rawStory.steps.forEach((raw: unknown, index: number) => {
    const place = `meta.story.steps[${index}]`;
    if (!isRecord(raw)) {
      notices.push({
        severity: "warning",
        path: place,
        message: "is not an object { title, text, view }; step skipped (the later steps move up one)",
      });
      return;
    }
    const field = <T extends z.ZodMiniType>(key: string, schema: T, fallback: z.infer<T>): z.infer<T> =>
      readField(raw, key, schema, fallback, place, notices);
    const shape = StoryStepSchema.shape;
    let id = field("id", shape.id, undefined) ?? null;
    if (id !== null && ids.has(id)) {
      notices.push({
        severity: "warning",
        path: `${place}.id`,
        message: `duplicate step id "${id}"; this step is reachable by its number only`,
      });
      id = null;
    }
    if (id !== null) ids.add(id);
    const read = readView(field("view", shape.view, undefined) ?? "", context, `${place}.view`);
    notices.push(...read.notices);
    steps.push({
      number: steps.length + 1,
      id,
      title: field("title", shape.title, ""),
      text: field("text", shape.text, ""),
      titles: field("titles", shape.titles, undefined) ?? {},
      texts: field("texts", shape.texts, undefined) ?? {},
      view: read.view,
      query: viewQuery(read.view),
      annotations: readAnnotations(raw.annotations, `${place}.annotations`, context, notices),
    });
  });
  return { story: { steps, annotations }, notices };
}

function readAnnotations(raw: unknown, place: string, context: UrlContext, notices: Issue[]): Annotation[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    notices.push({ severity: "warning", path: place, message: 'should be a list of { "node": id, "text": "..." }; ignored' });
    return [];
  }
  const kept: Annotation[] = [];
  raw.forEach((item: unknown, index: number) => {
    const at = `${place}[${index}]`;
    const parsed = AnnotationSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        notices.push({ severity: "warning", path: formatPath([at, ...issue.path]), message: `${issue.message}; annotation skipped` });
      return;
    }
    if (!context.hasNode(parsed.data.node)) {
      const hint = closest(parsed.data.node, context.nodeIds());
      notices.push({
        severity: "warning",
        path: `${at}.node`,
        message: `no node "${parsed.data.node}"${didYouMean(hint)}; annotation skipped`,
      });
      return;
    }
    kept.push(parsed.data);
  });
  return kept;
}

function readField<T extends z.ZodMiniType>(
  raw: Record<string, unknown>,
  key: string,
  schema: T,
  fallback: z.infer<T>,
  place: string,
  notices: Issue[],
): z.infer<T> {
  if (!Object.hasOwn(raw, key)) return fallback;
  const parsed = schema.safeParse(raw[key]);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  notices.push({
    severity: "warning",
    path: formatPath([`${place}.${key}`, ...(first?.path ?? [])]),
    message: `${first?.message ?? "invalid"}; ignored`,
  });
  return fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
