// The one source of truth for data format v1 ("investment-graph"): zod schemas from which both the
// validator (parse.ts) and the published JSON Schema (scripts/emit-schema.ts) are made. No DOM, no I/O.
import { MAX_AMOUNT_USD, MAX_YEAR, MIN_YEAR } from "./limits";
import { STORY_META_FIELDS } from "./story";
import { z } from "./zod";

const nonEmpty = z.string().check(z.trim(), z.minLength(1, "must not be empty"));

/** YYYY, YYYY-MM or YYYY-MM-DD with a real month and day. */
export const DateString = z.string().check(
  z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"),
  z.refine((date) => isYearInRange(Number(date.slice(0, 4))), `the year must be between ${MIN_YEAR} and ${MAX_YEAR}`),
);

export function isYearInRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** Amounts are whole or fractional US dollars, finite and not negative. */
export const Usd = z.number().check(z.nonnegative(), z.lte(MAX_AMOUNT_USD, `must be at most ${MAX_AMOUNT_USD} (US$10 trillion)`));

/** Links are shown to readers: only http(s). */
export const HttpUrl = z.string().check(z.trim(), z.regex(/^https?:\/\/[^\s]+$/i, "must be an http(s) URL"));

const LocalisedLabels = z.record(z.string().check(z.regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/)), z.string());

export const SourceSchema = z.object({
  title: z.optional(z.string()),
  publisher: z.optional(z.string()),
  url: z.optional(HttpUrl),
  date: z.optional(DateString),
});

export const PartSchema = z.object({
  form: nonEmpty,
  amountUsd: z.optional(z.nullable(Usd)),
});

export const NodeSchema = z.object({
  id: nonEmpty,
  label: nonEmpty,
  labels: z.optional(LocalisedLabels),
  kind: z.enum(["investor", "startup"]),
  category: z.optional(z.string()),
  sector: z.optional(z.string()),
  country: z.optional(z.string()),
  city: z.optional(z.string()),
  founded: z.optional(z.number().check(z.int(), z.gte(1000), z.lte(MAX_YEAR))),
  url: z.optional(HttpUrl),
  /** Other names search finds ("Kimi" for Moonshot AI). */
  aliases: z.optional(z.array(z.string())),
  note: z.optional(z.string()),
  /** The map layout's place (degrees); wins over the city's coordinates. */
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  lon: z.optional(z.number().check(z.gte(-180), z.lte(180))),
  x: z.optional(z.number()),
  y: z.optional(z.number()),
});

export const DealSchema = z.object({
  id: nonEmpty,
  investor: nonEmpty,
  target: nonEmpty,
  date: z.optional(z.nullable(DateString)),
  round: z.optional(z.string()),
  lead: z.optional(z.boolean()),
  amountUsd: z.optional(z.nullable(Usd)),
  amountQualifier: z.optional(z.enum(["exact", "approx", "at-least", "up-to"])),
  roundSizeUsd: z.optional(z.nullable(Usd)),
  form: nonEmpty,
  parts: z.optional(z.array(PartSchema).check(z.minLength(1))),
  confidence: z.optional(z.enum(["high", "medium", "low"])),
  note: z.optional(z.string()),
  sources: z.optional(z.array(SourceSchema)),
});

export const FormMetaSchema = z.object({
  label: z.optional(z.string()),
  labels: z.optional(LocalisedLabels),
  color: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/))),
});

/**
 * What the data can say about a claim: `kind` names a figure the explorer computes from the deals
 * ("credit-share", "backers", "sectors") or, for "none", the `reason` it cannot. Unknown kinds are
 * kept and shown as such, so a newer file still opens.
 */
export const ClaimFigureSchema = z.looseObject({
  kind: nonEmpty,
  investor: z.optional(z.string()),
  target: z.optional(z.string()),
  form: z.optional(z.string()),
  investors: z.optional(z.array(z.string())),
  targets: z.optional(z.array(z.string())),
  nodes: z.optional(z.array(z.string())),
  reason: z.optional(z.string()),
});

/** A claim of the story the data accompanies, with its verification status and sources. */
export const ClaimSchema = z.object({
  id: z.optional(z.string()),
  claim: nonEmpty,
  status: nonEmpty,
  detail: z.optional(z.string()),
  sources: z.optional(z.array(SourceSchema)),
  figure: z.optional(ClaimFigureSchema),
});

export const MetaSchema = z.object({
  title: z._default(z.string(), "Investment network"),
  description: z.optional(z.string()),
  credit: z.optional(z.string()),
  currency: z._default(z.literal("USD"), "USD"),
  updated: z.optional(DateString),
  notes: z.optional(z.array(z.string())),
  forms: z.optional(z.record(z.string(), FormMetaSchema)),
  /** The filters a downloaded view was made under, as URL parameters ("forms=cloud-credits&from=2023"); loading applies them. */
  view: z.optional(z.string()),
  /** Place names (a node's `city`) in other languages: { "Hangzhou": { "ko": "항저우", "zh": "杭州" } }. */
  places: z.optional(z.record(z.string(), LocalisedLabels)),
  /** Claims of the accompanying story (ClaimSchema), checked one by one when shown so a bad one never stops the load. */
  claims: z.optional(z.array(z.unknown())),
  /** The title, description and credit in other languages, by language code ("ko", "zh"). */
  translations: z.optional(
    z.record(
      z.string().check(z.regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/)),
      z.object({ title: z.optional(z.string()), description: z.optional(z.string()), credit: z.optional(z.string()) }),
    ),
  ),
  ...STORY_META_FIELDS,
});

/** The envelope: checked first and whole; rows are then checked one by one so valid rows survive. */
export const EnvelopeSchema = z.object({
  format: z.literal("investment-graph"),
  version: z.literal(1),
  meta: z._default(MetaSchema, { title: "Investment network", currency: "USD" }),
  nodes: z.array(z.unknown()),
  deals: z.array(z.unknown()),
});

/** The whole document, for the published JSON Schema. */
export const DocumentSchema = z.extend(EnvelopeSchema, {
  meta: z.optional(z.extend(MetaSchema, { claims: z.optional(z.array(ClaimSchema)) })),
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
