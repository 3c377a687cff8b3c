// The view <-> URL query string: round trips, lenient parsing with located notices, and
// parameters the module does not own left untouched.
import { describe, expect, it } from "vitest";
import { computeVisible } from "../../src/filter/visible";
import { DEFAULT_DISPLAY } from "../../src/state/display";
import { DEFAULT_FILTERS, type FilterState } from "../../src/state/filters";
import { parseUrlState, readLanguage, writeUrlState, type UrlContext, type UrlState } from "../../src/state/url";
import type { Issue } from "../../src/io/issues";
import { modelOf, sample } from "./fixtures";

const model = modelOf(sample());
// The sample: years 2017-2024; forms cash, cloud-credits, compute, convertible, strategic.
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
  compare: null,
  display: DEFAULT_DISPLAY,
  ...rest,
});
const parse = (query: string) => parseUrlState(new URLSearchParams(query), context);
const DEFAULT_STATE = state({});

describe("URL state round trip", () => {
  it.each<[string, UrlState]>([
    ["the default view", DEFAULT_STATE],
    ["a year range", state({ years: [2019, 2023] })],
    ["a single year", state({ years: [2024, 2024] })],
    ["the first year of the data", state({ years: [2017, 2017] })],
    ["amount bounds", state({ minAmount: 1e6, maxAmount: 2.5e9 })],
    ["a minimum only", state({ minAmount: 250e6 })],
    ["a maximum only", state({ maxAmount: 1500 })],
    ["a fractional bound", state({ minAmount: 1.5 })],
    ["a huge bound", state({ maxAmount: 1e21 })],
    ["undisclosed off", state({ includeUndisclosed: false })],
    ["undated off", state({ includeUndated: false })],
    ["both switches off", state({ includeUndisclosed: false, includeUndated: false })],
    ["one form", state({ forms: ["cloud-credits"] })],
    ["some forms", state({ forms: ["cash", "compute"] })],
    ["no form at all", state({ forms: [] })],
    ["focus", state({}, { focus: "moonshot" })],
    ["Korean", state({}, { lang: "ko" })],
    ["Chinese", state({}, { lang: "zh" })],
    ["a comparison", state({}, { compare: ["alibaba", "tencent"] })],
    [
      "everything at once",
      state(
        {
          years: [2023, 2024],
          minAmount: 1e6,
          maxAmount: 1e9,
          includeUndisclosed: false,
          includeUndated: false,
          forms: ["cash", "strategic"],
        },
        { focus: "zhipu", lang: "zh", compare: ["tencent", "hongshan"] },
      ),
    ],
  ])("round-trips %s", (_name, view) => {
    const params = writeUrlState(new URLSearchParams(), view);
    const parsed = parseUrlState(params, context);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual(view);
  });

  it("round-trips through the text of the URL too", () => {
    const view = state({ years: [2019, 2023], forms: ["cloud-credits"], minAmount: 1e6 }, { focus: "alibaba", lang: "ko" });
    const text = writeUrlState(new URLSearchParams(), view).toString();
    expect(parseUrlState(new URLSearchParams(text), context).state).toEqual(view);
  });

  it("writes nothing for the default view", () => {
    expect(writeUrlState(new URLSearchParams(), DEFAULT_STATE).toString()).toBe("");
  });

  it("writes the documented parameter names and values", () => {
    const view = state(
      { years: [2019, 2023], minAmount: 1e6, maxAmount: 2e9, includeUndisclosed: false, includeUndated: false, forms: ["cash", "compute"] },
      { focus: "zhipu", lang: "ko", compare: ["alibaba", "tencent"] },
    );
    const params = writeUrlState(new URLSearchParams(), view);
    expect(Object.fromEntries(params)).toEqual({
      from: "2019",
      to: "2023",
      min: "1000000",
      max: "2000000000",
      undisclosed: "0",
      undated: "0",
      forms: "cash,compute",
      focus: "zhipu",
      lang: "ko",
      compare: "alibaba,tencent",
    });
  });
});

describe("parameters the module does not own", () => {
  it("leaves them as they were, and replaces its own", () => {
    const base = new URLSearchParams("data=x.json&embed=1&from=2000&focus=tencent&lang=zh&compare=alibaba,tencent&utm_source=mail");
    const params = writeUrlState(base, state({ years: [2019, 2020] }));
    expect(params.get("data")).toBe("x.json");
    expect(params.get("embed")).toBe("1");
    expect(params.get("utm_source")).toBe("mail");
    expect(params.get("from")).toBe("2019");
    expect(params.get("to")).toBe("2020");
    // Owned parameters the new state does not set are removed.
    expect(params.has("focus")).toBe(false);
    expect(params.has("lang")).toBe(false);
    expect(params.has("compare")).toBe(false);
    // The base itself is not changed.
    expect(base.get("from")).toBe("2000");
  });

  it("keeps them through a round trip, and reads them without notices", () => {
    const view = state({ forms: ["cash"] }, { focus: "zhipu" });
    const params = writeUrlState(new URLSearchParams("embed=1&data=https%3A%2F%2Fexample.com%2Fd.json"), view);
    expect(params.get("data")).toBe("https://example.com/d.json");
    const parsed = parseUrlState(params, context);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual(view);
  });
});

describe("parameters nobody reads", () => {
  it("are reported by name with the nearest known one, once each, and change nothing else", () => {
    const parsed = parseUrlState(new URLSearchParams("form=cash&from=2019&colour=sector&form=compute&zzzz=1"), context);
    expect(parsed.notices.map((notice) => [notice.path, notice.message])).toEqual([
      ['URL parameter "form"', 'not a parameter of this explorer (did you mean "forms"?); ignored'],
      ['URL parameter "colour"', 'not a parameter of this explorer (did you mean "color"?); ignored'],
      ['URL parameter "zzzz"', "not a parameter of this explorer; ignored"],
    ]);
    expect(parsed.state.filters.forms).toBeNull();
    expect(parsed.state.filters.years).toEqual([2019, 2024]);
  });

  it("are not reported when pym.js, the embed flags, the story or other sites' link tags put them there", () => {
    const params = new URLSearchParams(
      "initialWidth=600&childId=explorer-1&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example%2F&embed=1&dark=true&plain=1&static=1&transparent=1&picture=https%3A%2F%2Fx%2Fa.png&step=2&data=x.json&utm_source=mail&fbclid=abc",
    );
    expect(parseUrlState(params, context).notices).toEqual([]);
  });
});

describe("invalid values", () => {
  it.each<[string, string, UrlState]>([
    ["from=abc", "from", DEFAULT_STATE],
    ["to=20x4", "to", DEFAULT_STATE],
    ["from=24", "from", DEFAULT_STATE],
    ["min=lots", "min", DEFAULT_STATE],
    ["max=-5", "max", DEFAULT_STATE],
    ["undisclosed=maybe", "undisclosed", DEFAULT_STATE],
    ["undated=yes", "undated", DEFAULT_STATE],
    ["forms=bogus", "forms", DEFAULT_STATE],
    ["focus=nope", "focus", DEFAULT_STATE],
    ["focus=alibba", "focus", DEFAULT_STATE],
    ["lang=fr", "lang", DEFAULT_STATE],
    ["compare=alibaba", "compare", DEFAULT_STATE],
    ["compare=alibaba,tencent,hongshan", "compare", DEFAULT_STATE],
    ["compare=alibaba,alibaba", "compare", DEFAULT_STATE],
    ["compare=alibaba,", "compare", DEFAULT_STATE],
    ["compare=alibaba,nope", "compare", DEFAULT_STATE],
    ["compare=alibba,tencent", "compare", DEFAULT_STATE],
    ["compare=bogus&focus=moonshot", "compare", state({}, { focus: "moonshot" })],
    // No deal in 1990-1995 (data: 2017-2024).
    ["from=1990&to=1995", "from", DEFAULT_STATE],
    ["from=2030", "from", DEFAULT_STATE],
    ["to=2000", "to", DEFAULT_STATE],
    // The valid part of a partly valid value is kept: cash, and the undisclosed switch.
    ["forms=cash,bogus", "forms", state({ forms: ["cash"] })],
    ["min=lots&undisclosed=0", "min", state({ includeUndisclosed: false })],
    ["from=abc&to=2020", "from", state({ years: [2017, 2020] })],
  ])("ignores %s with a notice naming the parameter", (query, parameter, expected) => {
    const { state: parsed, notices } = parse(query);
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.map((notice) => notice.path)).toContain(`URL parameter "${parameter}"`);
    expect(notices.every((notice: Issue) => notice.severity === "warning")).toBe(true);
    expect(parsed).toEqual(expected);
  });

  it("suggests the near value", () => {
    const { notices } = parse("forms=cloud-credit&focus=alibba&compare=tencnet,alibaba");
    expect(notices.find((notice) => notice.path.includes("forms"))?.message).toContain('did you mean "cloud-credits"');
    expect(notices.find((notice) => notice.path.includes("focus"))?.message).toContain('did you mean "alibaba"');
    expect(notices.find((notice) => notice.path.includes("compare"))?.message).toContain('did you mean "tencent"');
  });

  it("quotes the bad value in the notice", () => {
    const { notices } = parse("from=abc&lang=fr");
    expect(notices.map((notice) => notice.message)).toEqual([expect.stringContaining('"abc"'), expect.stringContaining('"fr"')]);
  });

  it("treats empty values as absent", () => {
    expect(parse("from=&to=&min=&max=&undisclosed=&undated=&focus=&lang=&compare=")).toEqual({ state: DEFAULT_STATE, notices: [] });
  });

  it("never throws on odd input", () => {
    for (const query of [
      "%E0%A4%A",
      "from=%00",
      "forms=,,,",
      "focus=__proto__",
      "compare=__proto__,constructor",
      "compare=,,",
      "min=1e400",
      "&&&=",
      "from=2020&from=abc",
    ]) {
      expect(() => parse(query)).not.toThrow();
    }
  });

  it("reads years from a context without dated deals as nothing", () => {
    const { state: parsed } = parseUrlState(new URLSearchParams("from=2020&to=2021"), { ...context, yearExtent: null });
    expect(parsed.filters.years).toBeNull();
  });
});

describe("lenient readings", () => {
  it.each<[string, Partial<FilterState>]>([
    ["min=1M&max=$2.5B", { minAmount: 1e6, maxAmount: 2.5e9 }],
    ["min=0", {}],
    ["max=0", { maxAmount: 0 }],
    ["undisclosed=false&undated=true", { includeUndisclosed: false }],
    ["undisclosed=1&undated=1", {}],
    // A range reaching past the data's years is clamped to them; the whole range is no filter.
    ["from=2010&to=2020", { years: [2017, 2020] }],
    ["from=2017&to=2024", {}],
    ["from=2020", { years: [2020, 2024] }],
    ["to=2019", { years: [2017, 2019] }],
    ["forms= cash , compute ", { forms: ["cash", "compute"] }],
    ["forms=compute,cash", { forms: ["cash", "compute"] }],
    ["forms=cash,cloud-credits,compute,convertible,strategic", {}],
    ["forms=", { forms: [] }],
  ])("reads %s", (query, filters) => {
    const { state: parsed, notices } = parse(query);
    expect(notices).toEqual([]);
    expect(parsed.filters).toEqual({ ...DEFAULT_FILTERS, ...filters });
  });

  it.each<[string, Partial<FilterState>, string]>([
    ["from=2024&to=2019", { years: [2019, 2024] }, "from"],
    ["min=5M&max=1M", { minAmount: 1e6, maxAmount: 5e6 }, "min"],
  ])("swaps the reversed %s with a notice", (query, filters, parameter) => {
    const { state: parsed, notices } = parse(query);
    expect(parsed.filters).toEqual({ ...DEFAULT_FILTERS, ...filters });
    expect(notices.map((notice) => notice.path)).toEqual([`URL parameter "${parameter}"`]);
  });

  it("reads compare with spaces around the ids, in the order given", () => {
    const { state: parsed, notices } = parse("compare= tencent , alibaba ");
    expect(notices).toEqual([]);
    expect(parsed.compare).toEqual(["tencent", "alibaba"]);
  });

  it("readLanguage reads lang alone, for the interface before data loads", () => {
    const notices: Issue[] = [];
    expect(readLanguage(new URLSearchParams("lang=ko"), notices)).toBe("ko");
    expect(readLanguage(new URLSearchParams(""), notices)).toBe("en");
    expect(notices).toEqual([]);
    expect(readLanguage(new URLSearchParams("lang=KO"), notices)).toBe("en");
    expect(notices).toHaveLength(1);
  });
});

describe("a deep link on the sample", () => {
  it("?from=2023&to=2024&forms=cloud-credits shows 2 deals, 3 nodes, $900M", () => {
    const { state: parsed, notices } = parse("from=2023&to=2024&forms=cloud-credits");
    expect(notices).toEqual([]);
    expect(parsed.filters).toEqual({ ...DEFAULT_FILTERS, years: [2023, 2024], forms: ["cloud-credits"] });
    const visible = computeVisible(model.index, model.dataset.nodes.length, parsed.filters);
    // d1's 300M credit part (2024) and d6 (2024, 600M): alibaba, moonshot, minimax.
    expect([visible.visibleDeals, visible.visibleNodes, visible.visibleAmount]).toEqual([2, 3, 900e6]);
  });

  it("?undated=0&undisclosed=0&min=100M shows d1, d3, d5, d6", () => {
    const { state: parsed } = parse("undated=0&undisclosed=0&min=100M");
    const visible = computeVisible(model.index, model.dataset.nodes.length, parsed.filters);
    // d1 800 + d3 100 + d5 250 + d6 600 = 1750M; alibaba, tencent, moonshot, zhipu, minimax.
    expect([visible.visibleDeals, visible.visibleNodes, visible.visibleAmount]).toEqual([4, 5, 1750e6]);
  });
});

describe("compare= takes only investors", () => {
  const investors = new Set(model.dataset.deals.map((deal) => deal.investor));
  const withInvestors: UrlContext = { ...context, isInvestor: (id) => investors.has(id) };

  it("keeps two investors, and refuses a startup with a notice naming it", () => {
    expect(parseUrlState(new URLSearchParams("compare=alibaba,tencent"), withInvestors).state.compare).toEqual(["alibaba", "tencent"]);
    const { state: parsed, notices } = parseUrlState(new URLSearchParams("compare=alibaba,moonshot"), withInvestors);
    expect(investors.has("moonshot")).toBe(false);
    expect(parsed.compare).toBeNull();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ severity: "warning", path: 'URL parameter "compare"' });
    expect(notices[0]?.message).toContain('"moonshot" is not an investor');
  });
});
