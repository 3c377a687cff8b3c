// Issue 17: a form name with a comma (or a percent sign) survives the shared URL. Inside the forms=
// list a name's "%" is written "%25" and its "," "%2C" (then URLSearchParams encodes as usual).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "../../src/state/filters";
import { parseUrlState, writeUrlState, type UrlContext } from "../../src/state/url";

const context = (forms: readonly string[]): UrlContext => ({ yearExtent: [2000, 2020], forms, hasNode: () => false, nodeIds: () => [] });
const roundTrip = (forms: readonly string[], all: readonly string[]): readonly string[] | null => {
  const written = writeUrlState(new URLSearchParams(), { filters: { ...DEFAULT_FILTERS, forms }, focus: null, lang: "en", compare: null });
  // Through a real URL: what a reader copies and pastes.
  const url = new URL(`https://example.org/?${written.toString()}`);
  const { state, notices } = parseUrlState(url.searchParams, context(all));
  expect(notices).toEqual([]);
  return state.filters.forms;
};

describe("forms= escaping", () => {
  it("a form named with a comma is one form", () => {
    expect(roundTrip(["Cash, equity"], ["Cash, equity", "debt"])).toEqual(["Cash, equity"]);
    expect(roundTrip(["100%", "a%2Cb"], ["100%", "a%2Cb", "x"])).toEqual(["100%", "a%2Cb"]);
  });

  it("hand-written lists keep working: forms=cash,debt", () => {
    const { state } = parseUrlState(new URLSearchParams("forms=cash,debt"), context(["cash", "debt", "grant"]));
    expect(state.filters.forms).toEqual(["cash", "debt"]);
  });

  it("any form names round-trip through the URL (generated)", () => {
    const name = fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s !== "");
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 2, maxLength: 8 }), fc.nat(), (all, pick) => {
        const chosen = all.filter((_form, i) => (pick >> i) & 1);
        if (chosen.length === 0 || chosen.length === all.length) return true;
        expect([...(roundTrip(chosen, all) ?? [])].sort()).toEqual([...chosen].sort());
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});
