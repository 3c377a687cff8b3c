// The story in a data file (DESIGN.md section 6): steps with a caption, a view and annotations, plus
// annotations shown in every view. Schemas and types only; checking against the graph is state/story.ts.
import { z } from "./zod";

const LanguageCode = z.string().check(z.regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/));
/** Texts in other languages, by language code ("ko", "zh"), like a node's `labels`. */
const Translations = z.record(LanguageCode, z.string());

/** A callout attached to a node: plain text (never HTML), with optional translations. */
export const AnnotationSchema = z.object({
  node: z.string().check(z.trim(), z.minLength(1, "must name a node id")),
  text: z.string(),
  texts: z.optional(Translations),
});

/** A step id may not be all digits: `step=3` means the third step. */
export const StepId = z
  .string()
  .check(
    z.regex(
      /^(?!\d+$)[A-Za-z0-9][A-Za-z0-9_.-]*$/,
      "must be letters, digits, '-', '_' or '.', not only digits (step=3 means the third step)",
    ),
  );

export const StoryStepSchema = z.object({
  id: z.optional(StepId),
  title: z.string(),
  text: z.string(),
  titles: z.optional(Translations),
  texts: z.optional(Translations),
  /** Any URL state of DESIGN.md section 3 except data, embed and step: "from=2023&forms=cloud-credits". */
  view: z.optional(z.string()),
  annotations: z.optional(z.array(AnnotationSchema)),
});

export const StorySchema = z.object({ steps: z.array(StoryStepSchema) });

export type Annotation = z.infer<typeof AnnotationSchema>;
export type StoryStep = z.infer<typeof StoryStepSchema>;
export type Story = z.infer<typeof StorySchema>;

// The envelope keeps the story raw, so that one bad step is reported and skipped (state/story.ts)
// instead of refusing the whole file; the published JSON Schema shows the strict shape (below).
const storyField = z.optional(z.unknown());
const annotationsField = z.optional(z.unknown());

/** The story fields of `meta`, spread into MetaSchema (src/io/schema.ts). */
export const STORY_META_FIELDS = { story: storyField, annotations: annotationsField };

/** The strict schema the published JSON Schema shows for a lenient envelope field (scripts/emit-schema.ts). */
export function strictStorySchemaOf(field: unknown): z.ZodMiniType | null {
  if (field === storyField) return StorySchema;
  if (field === annotationsField) return z.array(AnnotationSchema);
  return null;
}
