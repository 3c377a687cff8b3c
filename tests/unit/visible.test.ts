// The visible set: what passes the filters, and its sums, computed from the deal index alone.
// Expected figures are worked out by hand from tests/fixtures/sample.json (see the comments).
//   d1 alibaba>moonshot 2024 800M split: credits 300M + cash 500M   d6 alibaba>minimax 2024 600M credits
//   d2 tencent>moonshot 2024 undisclosed cash                        d7 hongshan>moonshot 2023 undisclosed cash
//   d3 alibaba>zhipu 2023 100M cash                                  d8 alibaba>megvii 2019 5M convertible
//   d4 tencent>zhipu 2023 50M cash                                   d9 hongshan>zhipu undated 20M compute
//   d5 tencent>minimax 2023 250M cash                                d10 tencent>megvii 2017 1.5M strategic
import { describe, expect, it } from "vitest";
import { allFormsSet, computeVisible, formSetOf, NO_FORM } from "../../src/filter/visible";
import { DEFAULT_FILTERS, type FilterState } from "../../src/state/filters";
import { modelOf, sample } from "./fixtures";

const model = modelOf(sample());
const visible = (patch: Partial<FilterState>) => computeVisible(model.index, model.dataset.nodes.length, { ...DEFAULT_FILTERS, ...patch });
const M = 1e6;
const dealAt = (id: string): number => model.dataset.deals.findIndex((deal) => deal.id === id);
const nodeAt = (id: string): number => model.nodeIndexById.get(id) ?? -1;
const visibleIds = (result: ReturnType<typeof visible>): string[] =>
  model.dataset.deals.filter((_, d) => result.dealVisible[d]).map((deal) => deal.id);

describe("computeVisible", () => {
  it.each<[string, Partial<FilterState>, string[], number, number]>([
    // All ten deals; disclosed: 800+100+50+250+600+5+20+1.5 = 1826.5M; all seven nodes.
    ["no filter", {}, ["d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10"], 7, 1826.5 * M],
    // 2023-2024 plus the undated d9: 800+100+50+250+600+20 = 1820M; megvii drops out.
    ["2023-2024", { years: [2023, 2024] }, ["d1", "d2", "d3", "d4", "d5", "d6", "d7", "d9"], 6, 1820 * M],
    // Same without d9 (hongshan -> zhipu 20M); hongshan stays through d7.
    ["2023-2024, dated only", { years: [2023, 2024], includeUndated: false }, ["d1", "d2", "d3", "d4", "d5", "d6", "d7"], 6, 1800 * M],
    // d10 (2017) and d8 (2019): alibaba, tencent, megvii; 1.5M + 5M.
    ["2017-2019, dated only", { years: [2017, 2019], includeUndated: false }, ["d8", "d10"], 3, 6.5 * M],
    // No dated deal in 2020-2022; only the undated d9 (hongshan, zhipu).
    ["2020-2022", { years: [2020, 2022] }, ["d9"], 2, 20 * M],
    ["2020-2022, dated only", { years: [2020, 2022], includeUndated: false }, [], 0, 0],
    // Dropping undisclosed d2 and d7 leaves the sum alone; hongshan stays through d9, moonshot through d1.
    ["disclosed only", { includeUndisclosed: false }, ["d1", "d3", "d4", "d5", "d6", "d8", "d9", "d10"], 7, 1826.5 * M],
    // ...and without undated d9 too, hongshan has no deal left.
    [
      "disclosed and dated only",
      { includeUndisclosed: false, includeUndated: false },
      ["d1", "d3", "d4", "d5", "d6", "d8", "d10"],
      6,
      1806.5 * M,
    ],
    // d1 300M credit part + d6 600M; alibaba, moonshot, minimax.
    ["cloud credits", { forms: ["cloud-credits"] }, ["d1", "d6"], 3, 900 * M],
    // d1 counts 500M under cash; d2, d7 undisclosed count as deals; d3 100, d4 50, d5 250.
    ["cash", { forms: ["cash"] }, ["d1", "d2", "d3", "d4", "d5", "d7"], 6, 900 * M],
    // Both of d1's forms: d1 counts 300+500 = 800M, plus cash d3-d5 (400M) and d6 (600M) = 1800M.
    ["cash and cloud credits", { forms: ["cash", "cloud-credits"] }, ["d1", "d2", "d3", "d4", "d5", "d6", "d7"], 6, 1800 * M],
    // d8 5M + d10 1.5M: alibaba, tencent, megvii.
    ["convertible and strategic", { forms: ["convertible", "strategic"] }, ["d8", "d10"], 3, 6.5 * M],
    ["no form", { forms: [] }, [], 0, 0],
    // Forms not in the data match nothing.
    ["an unknown form", { forms: ["royalty"] }, [], 0, 0],
    // At least 100M on the whole deal: d1 800, d3 100, d5 250, d6 600, plus undisclosed d2, d7.
    ["at least $100M", { minAmount: 100 * M }, ["d1", "d2", "d3", "d5", "d6", "d7"], 6, 1750 * M],
    ["at least $100M, disclosed only", { minAmount: 100 * M, includeUndisclosed: false }, ["d1", "d3", "d5", "d6"], 5, 1750 * M],
    // Bounds are inclusive: exactly 100M is d3; plus undisclosed d2, d7.
    ["exactly $100M", { minAmount: 100 * M, maxAmount: 100 * M }, ["d2", "d3", "d7"], 5, 100 * M],
    // At most 600M on the whole deal: everything but d1 (800M): 1826.5 - 800 = 1026.5M; all nodes (alibaba via d3).
    ["at most $600M", { maxAmount: 600 * M }, ["d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10"], 7, 1026.5 * M],
    // Under the cash filter d1 counts 500M, which is at most 600M: d1 stays in, unlike above.
    ["cash, at most $600M", { forms: ["cash"], maxAmount: 600 * M }, ["d1", "d2", "d3", "d4", "d5", "d7"], 6, 900 * M],
    // Cash at least 400M: only d1's 500M cash part (its whole 800M is not what counts), and undisclosed d2, d7.
    ["cash, at least $400M", { forms: ["cash"], minAmount: 400 * M }, ["d1", "d2", "d7"], 4, 500 * M],
    // Credits at least 400M: d1's credit part is only 300M, so only d6.
    ["credits, at least $400M", { forms: ["cloud-credits"], minAmount: 400 * M }, ["d6"], 2, 600 * M],
    // d1's 300M credit part passes 250M..500M, d6's 600M does not.
    ["credits between $250M and $500M", { forms: ["cloud-credits"], minAmount: 250 * M, maxAmount: 500 * M }, ["d1"], 2, 300 * M],
    // Only compute is d9, which is undated.
    ["compute, undated excluded", { forms: ["compute"], includeUndated: false }, [], 0, 0],
  ])("%s", (_name, filters, deals, nodes, amount) => {
    const result = visible(filters);
    expect(visibleIds(result)).toEqual(deals);
    expect(result.visibleDeals).toBe(deals.length);
    expect(result.visibleNodes).toBe(nodes);
    expect(result.visibleAmount).toBeCloseTo(amount, 0);
  });

  it("counts each deal at the amount the form filter leaves it, NaN when hidden or undisclosed", () => {
    const credits = visible({ forms: ["cloud-credits"] });
    expect(credits.dealAmount[dealAt("d1")]).toBe(300 * M);
    expect(credits.dealAmount[dealAt("d6")]).toBe(600 * M);
    expect(credits.dealAmount[dealAt("d3")]).toBeNaN();
    const all = visible({});
    expect(all.dealAmount[dealAt("d1")]).toBe(800 * M);
    expect(all.dealAmount[dealAt("d2")]).toBeNaN();
    expect(visible({ forms: ["cash"] }).dealAmount[dealAt("d1")]).toBe(500 * M);
  });

  it("counts an undisclosed part as undisclosed under the form filter", () => {
    // d1 now: 800M with 300M credits and a cash part of unknown size; the 500M left over is cash (its form).
    const document = sample();
    document.deals[0] = { ...document.deals[0], parts: [{ form: "cloud-credits", amountUsd: 300 * M }, { form: "compute" }] };
    const split = modelOf(document);
    const only = (forms: string[], patch: Partial<FilterState> = {}) =>
      computeVisible(split.index, 7, { ...DEFAULT_FILTERS, forms, ...patch });
    // Compute alone: d1's compute part is unknown, so d1 counts as undisclosed, plus d9 (20M).
    expect(only(["compute"]).dealAmount[0]).toBeNaN();
    expect(only(["compute"]).visibleDeals).toBe(2);
    expect(only(["compute"], { includeUndisclosed: false }).visibleDeals).toBe(1);
    // Cash: the 500M remainder.
    expect(only(["cash"]).dealAmount[0]).toBe(500 * M);
  });

  it("sums pairs and nodes over visible deals, counting only matching parts", () => {
    const result = visible({ forms: ["cloud-credits"] });
    // alibaba: d1's 300M credits + d6 600M; moonshot raised d1's 300M credits.
    expect(result.nodeAmount[nodeAt("alibaba")]).toBe(900 * M);
    expect(result.nodeAmount[nodeAt("moonshot")]).toBe(300 * M);
    expect(result.nodeDeals[nodeAt("alibaba")]).toBe(2);
    // Nodes with no visible deal are not counted.
    expect(result.nodeDeals[nodeAt("tencent")]).toBe(0);
    expect(result.nodeAmount[nodeAt("tencent")]).toBe(0);
    expect(result.pairAmount[model.index.pair[dealAt("d1")] ?? -1]).toBe(300 * M);
    expect(result.visiblePairs).toBe(2);
  });

  it("gives every node its deals and disclosed sum with no filter", () => {
    const result = visible({});
    // alibaba d1 d3 d6 d8; tencent d2 d4 d5 d10; hongshan d7 d9; moonshot d1 d2 d7; zhipu d3 d4 d9; minimax d5 d6; megvii d8 d10.
    expect(Array.from(result.nodeDeals)).toEqual([4, 4, 2, 3, 3, 2, 2]);
    // alibaba 800+100+600+5; tencent 50+250+1.5 (d2 undisclosed); hongshan 20; moonshot 800;
    // zhipu 100+50+20; minimax 250+600; megvii 5+1.5.
    expect(Array.from(result.nodeAmount)).toEqual([1505, 301.5, 20, 800, 170, 850, 6.5].map((m) => m * M));
    expect(result.visiblePairs).toBe(10);
  });

  it("adds up several deals of one pair, and colours the pair by its largest", () => {
    const document = sample();
    // A second alibaba -> zhipu deal, 200M of compute, besides d3 (100M cash).
    document.deals.push({ id: "d11", investor: "alibaba", target: "zhipu", date: "2022", amountUsd: 200 * M, form: "compute" });
    const more = modelOf(document);
    const p = more.index.pair[2] ?? -1;
    const result = computeVisible(more.index, 7, DEFAULT_FILTERS);
    expect(result.pairDeals[p]).toBe(2);
    expect(result.pairAmount[p]).toBe(300 * M);
    expect(more.index.forms[result.pairForm[p] ?? NO_FORM]).toBe("compute");
    expect(result.visiblePairs).toBe(10);
    // Without compute only d3 is left in the pair, and it is cash.
    const noCompute = computeVisible(more.index, 7, { ...DEFAULT_FILTERS, forms: ["cash", "cloud-credits", "convertible", "strategic"] });
    expect(noCompute.pairDeals[p]).toBe(1);
    expect(more.index.forms[noCompute.pairForm[p] ?? NO_FORM]).toBe("cash");
  });

  it("colours a pair by the form of its largest visible deal or part, NO_FORM when hidden", () => {
    const pairOf = (id: string): number => model.index.pair[dealAt(id)] ?? -1;
    const formOf = (result: ReturnType<typeof visible>, id: string): string | undefined =>
      model.index.forms[result.pairForm[pairOf(id)] ?? NO_FORM];
    // d1: cash part 500M beats the 300M credit part; with cash filtered out, credits remain.
    expect(formOf(visible({}), "d1")).toBe("cash");
    expect(formOf(visible({ forms: ["cloud-credits"] }), "d1")).toBe("cloud-credits");
    expect(formOf(visible({}), "d6")).toBe("cloud-credits");
    // An undisclosed deal still gives its form.
    expect(formOf(visible({}), "d2")).toBe("cash");
    expect(visible({ forms: ["cloud-credits"] }).pairForm[pairOf("d3")]).toBe(NO_FORM);
  });

  it("counts the deals each form would show under the other filters (facets)", () => {
    const forms = model.index.forms;
    const facets = (filters: Partial<FilterState>) => Object.fromEntries(forms.map((form, i) => [form, visible(filters).formDeals[i]]));
    // cash: d1 (part), d2, d3, d4, d5, d7; credits: d1 (part), d6; compute d9; convertible d8; strategic d10.
    expect(facets({})).toEqual({ cash: 6, "cloud-credits": 2, compute: 1, convertible: 1, strategic: 1 });
    // Facets ignore the form filter itself, so unchecked forms still say what they would add.
    expect(facets({ forms: ["compute"] })).toEqual(facets({}));
    // 2024 and undated: d1 (cash and credit parts), d2 cash, d6 credits, plus undated d9 compute.
    expect(facets({ years: [2024, 2024] })).toEqual({ cash: 2, "cloud-credits": 2, compute: 1, convertible: 0, strategic: 0 });
    // At least 400M, by the part that would count: cash d1 (500M part), d2, d7 (undisclosed); credits d6 only.
    expect(facets({ minAmount: 400 * M })).toEqual({ cash: 3, "cloud-credits": 1, compute: 0, convertible: 0, strategic: 0 });
  });

  it("counts a self-investment once for its node", () => {
    const document = sample();
    document.deals.push({ id: "self", investor: "tencent", target: "tencent", date: "2024", amountUsd: 7 * M, form: "cash" });
    const self = modelOf(document);
    const result = computeVisible(self.index, 7, { ...DEFAULT_FILTERS, years: [2024, 2024], includeUndated: false, forms: ["cash"] });
    // 2024 cash: d1 (500M part), d2, self (7M): tencent has d2 and self, counted as two deals, 7M.
    expect(result.visibleDeals).toBe(3);
    expect(result.nodeDeals[1]).toBe(2);
    expect(result.nodeAmount[1]).toBe(7 * M);
  });

  it("builds form sets from names, all forms from null", () => {
    // cash 0, cloud-credits 1, compute 2, convertible 3, strategic 4.
    expect(Array.from(formSetOf(model.index, null))).toEqual([1, 1, 1, 1, 1]);
    expect(Array.from(allFormsSet(model.index))).toEqual([1, 1, 1, 1, 1]);
    expect(Array.from(formSetOf(model.index, ["compute", "cash", "nope"]))).toEqual([1, 0, 1, 0, 0]);
    expect(Array.from(formSetOf(model.index, []))).toEqual([0, 0, 0, 0, 0]);
  });

  it("does not change the index it reads", () => {
    const before = Array.from(model.index.amount);
    visible({ forms: ["cash"], minAmount: 1 });
    expect(Array.from(model.index.amount)).toEqual(before);
  });
});
