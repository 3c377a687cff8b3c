// The one source of truth for data format v1 ("investment-graph"): zod schemas from which both the
// validator (parse.ts) and the published JSON Schema (scripts/emit-schema.ts) are made. No DOM, no I/O.
import { z } from "zod";
import { MAX_AMOUNT_USD, MAX_YEAR, MIN_YEAR } from "./limits";
import { STORY_META_FIELDS } from "./story";

// No eval: zod would otherwise probe `new Function` once, which a Content-Security-Policy without
// 'unsafe-eval' refuses and reports. Rows that need zod at all are the unusual ones (fastRows.ts).
z.config({ jitless: true });

const nonEmpty = z.string().trim().min(1, "must not be empty");

/** YYYY, YYYY-MM or YYYY-MM-DD with a real month and day. */
export const DateString = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((date) => isYearInRange(Number(date.slice(0, 4))), `the year must be between ${MIN_YEAR} and ${MAX_YEAR}`);

export function isYearInRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** Amounts are whole or fractional US dollars, finite and not negative. */
export const Usd = z.number().finite().nonnegative().max(MAX_AMOUNT_USD, `must be at most ${MAX_AMOUNT_USD} (US$10 trillion)`);

/** Links are shown to readers: only http(s). */
export const HttpUrl = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s]+$/i, "must be an http(s) URL");

const LocalisedLabels = z.record(z.string().regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/), z.string());

export const SourceSchema = z.object({
  title: z.string().optional(),
  publisher: z.string().optional(),
  url: HttpUrl.optional(),
  date: DateString.optional(),
});

export const PartSchema = z.object({
  form: nonEmpty,
  amountUsd: Usd.nullable().optional(),
});

export const NodeSchema = z.object({
  id: nonEmpty,
  label: nonEmpty,
  labels: LocalisedLabels.optional(),
  kind: z.enum(["investor", "startup"]),
  category: z.string().optional(),
  sector: z.string().optional(),
  country: z.string().optional(),
  city: z.string().optional(),
  founded: z.number().int().min(1000).max(MAX_YEAR).optional(),
  url: HttpUrl.optional(),
  /** Other names search finds ("Kimi" for Moonshot AI). */
  aliases: z.array(z.string()).optional(),
  note: z.string().optional(),
  /** The map layout's place (degrees); wins over the city's coordinates. */
  lat: z.number().min(-90).max(90).optional(), lon: z.number().min(-180).max(180).optional(),
  x: z.number().finite().optional(),
  y: z.number().finite().optional(),
});

export const DealSchema = z.object({
  id: nonEmpty,
  investor: nonEmpty,
  target: nonEmpty,
  date: DateString.nullable().optional(),
  round: z.string().optional(),
  lead: z.boolean().optional(),
  amountUsd: Usd.nullable().optional(),
  amountQualifier: z.enum(["exact", "approx", "at-least", "up-to"]).optional(),
  roundSizeUsd: Usd.nullable().optional(),
  form: nonEmpty,
  parts: z.array(PartSchema).min(1).optional(),
  confidence: z.enum(["high", "medium", "low"]).optional(),
  note: z.string().optional(),
  sources: z.array(SourceSchema).optional(),
});

export const FormMetaSchema = z.object({
  label: z.string().optional(),
  labels: LocalisedLabels.optional(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
});

/**
 * What the data can say about a claim: `kind` names a figure the explorer computes from the deals
 * ("credit-share", "backers", "sectors") or, for "none", the `reason` it cannot. Unknown kinds are
 * kept and shown as such, so a newer file still opens.
 */
export const ClaimFigureSchema = z.looseObject({
  kind: nonEmpty,
  investor: z.string().optional(),
  target: z.string().optional(),
  form: z.string().optional(),
  investors: z.array(z.string()).optional(),
  targets: z.array(z.string()).optional(),
  nodes: z.array(z.string()).optional(),
  reason: z.string().optional(),
});

/** A claim of the story the data accompanies, with its verification status and sources. */
export const ClaimSchema = z.object({
  id: z.string().optional(),
  claim: nonEmpty,
  status: nonEmpty,
  detail: z.string().optional(),
  sources: z.array(SourceSchema).optional(),
  figure: ClaimFigureSchema.optional(),
});

export const MetaSchema = z.object({
  title: z.string().default("Investment network"),
  description: z.string().optional(),
  credit: z.string().optional(),
  currency: z.literal("USD").default("USD"),
  updated: DateString.optional(),
  notes: z.array(z.string()).optional(),
  forms: z.record(z.string(), FormMetaSchema).optional(),
  /** The filters a downloaded view was made under, as URL parameters ("forms=cloud-credits&from=2023"); loading applies them. */
  view: z.string().optional(),
  /** Place names (a node's `city`) in other languages: { "Hangzhou": { "ko": "항저우", "zh": "杭州" } }. */
  places: z.record(z.string(), LocalisedLabels).optional(),
  /** Claims of the accompanying story (ClaimSchema), checked one by one when shown so a bad one never stops the load. */
  claims: z.array(z.unknown()).optional(),
  /** The title, description and credit in other languages, by language code ("ko", "zh"). */
  translations: z
    .record(z.string().regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/), z.object({ title: z.string().optional(), description: z.string().optional(), credit: z.string().optional() }))
    .optional(),
  ...STORY_META_FIELDS,
});

/** The envelope: checked first and whole; rows are then checked one by one so valid rows survive. */
export const EnvelopeSchema = z.object({
  format: z.literal("investment-graph"),
  version: z.literal(1),
  meta: MetaSchema.default({ title: "Investment network", currency: "USD" }),
  nodes: z.array(z.unknown()),
  deals: z.array(z.unknown()),
});

/** The whole document, for the published JSON Schema. */
export const DocumentSchema = EnvelopeSchema.extend({
  meta: MetaSchema.extend({ claims: z.array(ClaimSchema).optional() }).optional(),
  nodes: z.array(NodeSchema),
  deals: z.array(DealSchema),
});

export type Source = z.infer<typeof SourceSchema>;
export type Part = z.infer<typeof PartSchema>;
export type NodeRecord = z.infer<typeof NodeSchema>;
export type DealRecord = z.infer<typeof DealSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type FormMeta = z.infer<typeof FormMetaSchema>;

/** meta.forms[form], among the data's own keys only: a form named "constructor" has no meta. */
export function formMetaOf(meta: Meta, form: string): FormMeta | undefined {
  const forms = meta.forms;
  return forms !== undefined && Object.hasOwn(forms, form) ? forms[form] : undefined;
}
export type Claim = z.infer<typeof ClaimSchema>;
