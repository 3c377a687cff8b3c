// The visible set: what passes the filters, and its sums, computed from the deal index alone.
// Expected figures are worked out by hand from tests/fixtures/sample.json (see the comments).
import { describe, expect, it } from "vitest";
import { computeVisible } from "../../src/filter/visible";
import { DEFAULT_FILTERS, type FilterState } from "../../src/state/filters";
import { modelOf, sample } from "./fixtures";

const model = modelOf(sample());
const visible = (patch: Partial<FilterState>) => computeVisible(model.index, model.dataset.nodes.length, { ...DEFAULT_FILTERS, ...patch });
const M = 1e6;

describe("computeVisible", () => {
  it.each<[string, Partial<FilterState>, number, number, number]>([
    // All ten deals; disclosed: 800+100+50+250+600+5+20+1.5 = 1826.5M; all seven nodes.
    ["no filter", {}, 10, 7, 1826.5 * M],
    // 2023-2024 plus the undated d9: d1..d7, d9 = 8 deals; 800+100+50+250+600+20 = 1820M; megvii drops out.
    ["2023-2024", { years: [2023, 2024] }, 8, 6, 1820 * M],
    // Same without the undated d9 (hongshan -> zhipu 20M); hongshan stays through d7.
    ["2023-2024, dated only", { years: [2023, 2024], includeUndated: false }, 7, 6, 1800 * M],
    // d1 300M credit part + d6 600M; alibaba, moonshot, minimax.
    ["cloud credits", { forms: ["cloud-credits"] }, 2, 3, 900 * M],
    // d1 counts 500M under cash; d2, d7 undisclosed count as deals; d3 100, d4 50, d5 250.
    ["cash", { forms: ["cash"] }, 6, 6, 900 * M],
    // At least 100M on the whole deal: d1 800, d3 100, d5 250, d6 600, plus undisclosed d2, d7.
    ["at least $100M", { minAmount: 100 * M }, 6, 6, 1750 * M],
    ["at least $100M, disclosed only", { minAmount: 100 * M, includeUndisclosed: false }, 4, 5, 1750 * M],
    // Counted amount under the form filter: d1's 300M credit part passes 250M..., d6 600M does not pass max 500M.
    ["credits between $250M and $500M", { forms: ["cloud-credits"], minAmount: 250 * M, maxAmount: 500 * M }, 1, 2, 300 * M],
    // Only compute: d9 (undated, hongshan -> zhipu 20M).
    ["compute, undated excluded", { forms: ["compute"], includeUndated: false }, 0, 0, 0],
  ])("%s", (_name, filters, deals, nodes, amount) => {
    const result = visible(filters);
    expect(result.visibleDeals).toBe(deals);
    expect(result.visibleNodes).toBe(nodes);
    expect(result.visibleAmount).toBeCloseTo(amount, 0);
  });

  it("counts the deals each form would show under the other filters (facets)", () => {
    const forms = model.index.forms;
    const facets = (filters: Partial<FilterState>) => Object.fromEntries(forms.map((form, i) => [form, visible(filters).formDeals[i]]));
    // cash: d1 (part), d2, d3, d4, d5, d7; credits: d1 (part), d6; compute d9; convertible d8; strategic d10.
    expect(facets({})).toEqual({ cash: 6, "cloud-credits": 2, compute: 1, convertible: 1, strategic: 1 });
    // Facets ignore the form filter itself, so unchecked forms still say what they would add.
    expect(facets({ forms: ["compute"] })).toEqual(facets({}));
    // From 2024: d1 (cash and credit parts), d2 cash, d6 credits, plus undated d9 compute.
    expect(facets({ years: [2024, 2024] })).toEqual({ cash: 2, "cloud-credits": 2, compute: 1, convertible: 0, strategic: 0 });
  });

  it("sums pairs and nodes over visible deals, counting only matching parts", () => {
    const result = visible({ forms: ["cloud-credits"] });
    const alibaba = model.nodeIndexById.get("alibaba") ?? -1;
    const moonshot = model.nodeIndexById.get("moonshot") ?? -1;
    expect(result.nodeAmount[alibaba]).toBe(900 * M);
    expect(result.nodeAmount[moonshot]).toBe(300 * M);
    expect(result.nodeDeals[model.nodeIndexById.get("tencent") ?? -1]).toBe(0);
  });

  it("colours a pair by the form of its largest visible deal or part", () => {
    const pairOf = (id: string): number => model.index.pair[model.dataset.deals.findIndex((deal) => deal.id === id)] ?? -1;
    const formOf = (result: ReturnType<typeof visible>, id: string): string | undefined => model.index.forms[result.pairForm[pairOf(id)] ?? 255];
    // d1: cash part 500M beats the 300M credit part; with cash filtered out, credits remain.
    expect(formOf(visible({}), "d1")).toBe("cash");
    expect(formOf(visible({ forms: ["cloud-credits"] }), "d1")).toBe("cloud-credits");
    expect(formOf(visible({}), "d6")).toBe("cloud-credits");
  });

  it("does not change the index it reads", () => {
    const before = Array.from(model.index.amount);
    visible({ forms: ["cash"], minAmount: 1 });
    expect(Array.from(model.index.amount)).toEqual(before);
  });
});
