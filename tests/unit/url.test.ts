// The view <-> URL query string: round trips, lenient parsing with located notices, and
// parameters the module does not own left untouched.
import { describe, expect, it } from "vitest";
import { computeVisible } from "../../src/filter/visible";
import { DEFAULT_FILTERS, type FilterState } from "../../src/state/filters";
import { parseUrlState, writeUrlState, type UrlContext, type UrlState } from "../../src/state/url";
import { modelOf, sample } from "./fixtures";

const model = modelOf(sample());
const context: UrlContext = {
  yearExtent: model.index.yearExtent,
  forms: model.index.forms,
  hasNode: (id) => model.nodeIndexById.has(id),
  nodeIds: () => model.nodeIndexById.keys(),
};
const state = (filters: Partial<FilterState>, rest: Partial<UrlState> = {}): UrlState => ({
  filters: { ...DEFAULT_FILTERS, ...filters },
  focus: null,
  lang: "en",
  ...rest,
});

describe("URL state", () => {
  it.each<[string, UrlState]>([
    ["the default view", state({})],
    ["a year range", state({ years: [2019, 2023] })],
    ["amount bounds", state({ minAmount: 1e6, maxAmount: 2.5e9 })],
    ["switches off", state({ includeUndisclosed: false, includeUndated: false })],
    ["some forms", state({ forms: ["cash", "compute"] })],
    ["no form at all", state({ forms: [] })],
    ["focus and language", state({}, { focus: "moonshot", lang: "ko" })],
  ])("round-trips %s", (_name, view) => {
    const params = writeUrlState(new URLSearchParams(), view);
    const parsed = parseUrlState(params, context);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual(view);
  });

  it("writes nothing for the default view", () => {
    expect(writeUrlState(new URLSearchParams(), state({})).toString()).toBe("");
  });

  it("leaves parameters it does not own as they were", () => {
    const params = writeUrlState(new URLSearchParams("data=x.json&embed=1&from=2000"), state({ years: [2019, 2020] }));
    expect(params.get("data")).toBe("x.json");
    expect(params.get("embed")).toBe("1");
    expect(params.get("from")).toBe("2019");
  });

  it.each([
    ["from=abc", "from"],
    ["min=lots", "min"],
    ["max=-5", "max"],
    ["forms=cash,bogus", "forms"],
    ["focus=alibba", "focus"],
    ["lang=fr", "lang"],
    ["undisclosed=maybe", "undisclosed"],
    ["from=1990&to=1995", "from"],
  ])("ignores %s with a notice naming the parameter", (query, parameter) => {
    const { notices } = parseUrlState(new URLSearchParams(query), context);
    expect(notices.map((notice) => notice.path)).toContain(`URL parameter "${parameter}"`);
  });

  it("keeps the valid part of a partly valid value", () => {
    const { state: parsed, notices } = parseUrlState(new URLSearchParams("forms=cash,bogus&focus=alibba"), context);
    expect(parsed.filters.forms).toEqual(["cash"]);
    expect(parsed.focus).toBeNull();
    expect(notices.find((notice) => notice.path.includes("focus"))?.message).toContain('did you mean "alibaba"');
  });

  it("reads amounts people write: 1M, $2.5B", () => {
    const { state: parsed } = parseUrlState(new URLSearchParams("min=1M&max=$2.5B"), context);
    expect(parsed.filters).toMatchObject({ minAmount: 1e6, maxAmount: 2.5e9 });
  });

  it("swaps reversed ranges with a notice", () => {
    const { state: parsed, notices } = parseUrlState(new URLSearchParams("from=2024&to=2019"), context);
    expect(parsed.filters.years).toEqual([2019, 2024]);
    expect(notices).toHaveLength(1);
  });

  it("gives the issue's example view: 2023-2024 cloud credits", () => {
    const { state: parsed } = parseUrlState(new URLSearchParams("from=2023&to=2024&forms=cloud-credits"), context);
    const visible = computeVisible(model.index, model.dataset.nodes.length, parsed.filters);
    // d1's 300M credit part (2024) and d6 (2024, 600M): alibaba, moonshot, minimax.
    expect([visible.visibleDeals, visible.visibleNodes, visible.visibleAmount]).toEqual([2, 3, 900e6]);
  });
});
