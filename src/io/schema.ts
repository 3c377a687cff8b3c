// The one source of truth for data format v1 ("investment-graph"): zod schemas from which both the
// validator (parse.ts) and the published JSON Schema (scripts/emit-schema.ts) are made. No DOM, no I/O.
import { z } from "zod";

// No eval: zod would otherwise probe `new Function` once, which a Content-Security-Policy without
// 'unsafe-eval' refuses and reports. Rows that need zod at all are the unusual ones (fastRows.ts).
z.config({ jitless: true });

const nonEmpty = z.string().trim().min(1, "must not be empty");

/** YYYY, YYYY-MM or YYYY-MM-DD with a real month and day. */
export const DateString = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");

/** Amounts are whole or fractional US dollars, finite and not negative. */
export const Usd = z.number().finite().nonnegative();

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
  founded: z.number().int().min(1000).max(3000).optional(),
  url: HttpUrl.optional(),
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

export const MetaSchema = z.object({
  title: z.string().default("Investment network"),
  description: z.string().optional(),
  credit: z.string().optional(),
  currency: z.literal("USD").default("USD"),
  updated: DateString.optional(),
  notes: z.array(z.string()).optional(),
  forms: z.record(z.string(), FormMetaSchema).optional(),
  /** The title, description and credit in other languages, by language code ("ko", "zh"). */
  translations: z
    .record(z.string().regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/), z.object({ title: z.string().optional(), description: z.string().optional(), credit: z.string().optional() }))
    .optional(),
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
  nodes: z.array(NodeSchema),
  deals: z.array(DealSchema),
});

export type Source = z.infer<typeof SourceSchema>;
export type Part = z.infer<typeof PartSchema>;
export type NodeRecord = z.infer<typeof NodeSchema>;
export type DealRecord = z.infer<typeof DealSchema>;
export type Meta = z.infer<typeof MetaSchema>;
