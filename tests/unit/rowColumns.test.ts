// Rows as transferable columns (src/model/rowColumns.ts): what the import worker moves to the page
// must come back as it went, through a real structured clone with the buffers transferred.
import { describe, expect, it } from "vitest";
import { parseInvestmentGraph } from "../../src/io/parse";
import { decodeRows, encodeRows } from "../../src/model/rowColumns";
import { sample } from "./fixtures";

/** Encode, move through structuredClone with the buffers transferred (as postMessage does), decode. */
function roundTrip<T extends object>(rows: readonly T[]): T[] {
  const { columns, transfer } = encodeRows(rows);
  const moved = structuredClone(columns, { transfer });
  // Transferred, not copied: the sender's buffers are detached.
  for (const buffer of transfer) expect(buffer.byteLength).toBe(0);
  return decodeRows(moved);
}

describe("rows as columns", () => {
  it("round-trips the sample dataset's nodes and deals exactly", () => {
    const { dataset } = parseInvestmentGraph(sample());
    if (!dataset) throw new Error("sample does not parse");
    expect(roundTrip(dataset.nodes)).toEqual(dataset.nodes);
    expect(roundTrip(dataset.deals)).toEqual(dataset.deals);
  });

  it("keeps undisclosed amounts undisclosed: null stays null, absent stays absent, never 0", () => {
    const deals = [
      { id: "a", amountUsd: 5_000_000 },
      { id: "b", amountUsd: null },
      { id: "c" },
      { id: "d", amountUsd: 0 },
      { id: "e", amountUsd: undefined },
    ];
    const back = roundTrip(deals);
    expect(back[0]?.amountUsd).toBe(5_000_000);
    expect(back[1]?.amountUsd).toBeNull();
    expect(Object.hasOwn(back[2] ?? {}, "amountUsd")).toBe(false);
    expect(back[3]?.amountUsd).toBe(0);
    expect(Object.hasOwn(back[4] ?? {}, "amountUsd")).toBe(true);
    expect(back[4]?.amountUsd).toBeUndefined();
  });

  it("handles an empty list and rows without any keys", () => {
    expect(roundTrip([])).toEqual([]);
    expect(roundTrip([{}, {}])).toEqual([{}, {}]);
  });

  it("keeps unicode and lone surrogates in strings, empty strings, and odd numbers", () => {
    const rows = [
      { id: "智谱 AI", label: "뤼튼", note: "" },
      { id: "\uD800lone", label: "👩‍💻 emoji", note: "x" },
      { id: "-0", label: "numbers", x: -0, y: Number.MAX_VALUE },
      { id: "nan", x: Number.NaN, y: Number.NEGATIVE_INFINITY },
    ];
    const back = roundTrip(rows);
    expect(back.map((row) => row.id)).toEqual(["智谱 AI", "\uD800lone", "-0", "nan"]);
    expect(back[1]?.label).toBe("👩‍💻 emoji");
    expect(back[0]?.note).toBe("");
    expect(Object.is(back[2]?.x, -0)).toBe(true);
    expect(back[2]?.y).toBe(Number.MAX_VALUE);
    expect(back[3]?.x).toBeNaN();
    expect(back[3]?.y).toBe(Number.NEGATIVE_INFINITY);
  });

  it("keeps booleans, nested values and columns of mixed types as they are", () => {
    const rows = [
      { lead: true, parts: [{ form: "cash", amountUsd: 1 }], labels: { ko: "가" }, mixed: 1 },
      { lead: false, parts: [{ form: "grant", amountUsd: null }], mixed: "one" },
      { lead: null, mixed: null, aliases: ["Kimi"] },
    ];
    expect(roundTrip(rows)).toEqual(rows);
    const back = roundTrip(rows);
    expect(back[0]?.lead).toBe(true);
    expect(back[1]?.lead).toBe(false);
    expect(back[2]?.lead).toBeNull();
  });

  it("keeps keys that name Object.prototype's members as own keys, not the prototype", () => {
    const row = JSON.parse('{"__proto__": "x", "constructor": "y", "toString": 3}') as Record<string, unknown>;
    const [back] = roundTrip([row]);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back ?? {}).sort()).toEqual(["__proto__", "constructor", "toString"]);
    expect(Object.getOwnPropertyDescriptor(back, "__proto__")?.value).toBe("x");
    expect(back?.["constructor"]).toBe("y");
    expect(Object.getOwnPropertyDescriptor(back, "toString")?.value).toBe(3);
  });

  it("keeps rows of different shapes apart (sparse keys)", () => {
    const rows = Array.from({ length: 50 }, (_unused, i) => (i % 7 === 0 ? { id: `n${i}`, city: `c${i}` } : { id: `n${i}` }));
    expect(roundTrip(rows)).toEqual(rows);
  });
});
