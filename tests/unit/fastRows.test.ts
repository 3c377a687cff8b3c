// The fast path accepts a row only if zod accepts it and returns it unchanged: checked on
// thousands of generated rows, valid and broken, so the two cannot drift apart unnoticed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlainDeal, isPlainNode } from "../../src/io/fastRows";
import { DealSchema, NodeSchema } from "../../src/io/schema";

const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("", " x", "x ", "alibaba", "cash", "\u00a0"));
const anything = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 2 }),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const date = fc.oneof(fc.constantFrom("2024", "2024-02", "2024-02-19", "2024-13", "24-01", "2024-02-30", ""), text);
const amount = fc.oneof(fc.double({ min: -10, max: 1e12 }), fc.constantFrom(null, 0, -1, Number.NaN, Infinity), fc.integer({ min: 0 }));
const url = fc.oneof(fc.constantFrom("https://a.b/c", "http://x", "javascript:alert(1)", " https://a.b", "ftp://x", "https://a b"), text);
const source = fc.record({ title: maybe(text), publisher: maybe(text), url: maybe(url), date: maybe(date) }, { requiredKeys: [] });

const deal = fc.record(
  {
    id: text,
    investor: text,
    target: text,
    form: text,
    date: maybe(fc.oneof(date, fc.constant(null))),
    round: maybe(anything),
    lead: maybe(anything),
    amountUsd: maybe(amount),
    roundSizeUsd: maybe(amount),
    amountQualifier: maybe(fc.oneof(fc.constantFrom("exact", "approx", "at-least", "up-to"), text)),
    confidence: maybe(fc.oneof(fc.constantFrom("high", "medium", "low"), text)),
    note: maybe(anything),
    sources: maybe(fc.oneof(fc.array(source, { maxLength: 3 }), anything)),
    extra: maybe(anything),
  },
  { requiredKeys: [] },
);

const node = fc.record(
  {
    id: text,
    label: text,
    kind: fc.oneof(fc.constantFrom("investor", "startup"), text),
    labels: maybe(fc.oneof(fc.dictionary(fc.constantFrom("ko", "zh", "en-GB", "KO", "x"), fc.oneof(text, fc.integer())), anything)),
    category: maybe(anything),
    founded: maybe(fc.oneof(fc.integer({ min: 900, max: 3100 }), fc.double())),
    url: maybe(url),
    x: maybe(fc.oneof(fc.double(), fc.constant(Number.NaN))),
    y: maybe(fc.double()),
  },
  { requiredKeys: [] },
);

/** Drops keys whose value is undefined, as JSON would. */
const asJson = (row: object): Record<string, unknown> => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));

describe("fast row checks", () => {
  it("accept a deal only when zod accepts it unchanged", () => {
    let accepted = 0;
    fc.assert(
      fc.property(deal, (generated) => {
        const row = asJson(generated);
        if (!isPlainDeal(row)) return;
        accepted++;
        const parsed = DealSchema.safeParse(row);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(row);
      }),
      { numRuns: 5000, seed: 42 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it("accept a node only when zod accepts it unchanged", () => {
    let accepted = 0;
    fc.assert(
      fc.property(node, (generated) => {
        const row = asJson(generated);
        if (!isPlainNode(row)) return;
        accepted++;
        const parsed = NodeSchema.safeParse(row);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(row);
      }),
      { numRuns: 5000, seed: 42 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it("accept the plain rows real files are made of", () => {
    expect(
      isPlainDeal({ id: "d1", investor: "a", target: "b", form: "cash", date: "2024-02", amountUsd: 5, sources: [{ url: "https://x.y" }] }),
    ).toBe(true);
    expect(isPlainNode({ id: "a", label: "A", kind: "investor", labels: { ko: "에이" }, x: 1, y: 2 })).toBe(true);
  });
});
