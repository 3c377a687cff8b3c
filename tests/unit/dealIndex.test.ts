// The columnar deal index: one typed column per field the filter reads.
import { describe, expect, it } from "vitest";
import { UNDATED } from "../../src/model/dealIndex";
import { modelOf, sample } from "./fixtures";

describe("buildDealIndex", () => {
  const model = modelOf(sample());
  const { index } = model;
  const at = (id: string): number => model.dataset.deals.findIndex((deal) => deal.id === id);
  const bit = (form: string): number => 1 << index.forms.indexOf(form);

  it("orders forms by the vocabulary, keeping only those present", () => {
    expect(index.forms).toEqual(["cash", "cloud-credits", "compute", "convertible", "strategic"]);
  });

  it("puts unknown forms after the vocabulary's, alphabetically", () => {
    const document = sample();
    document.deals.push({ id: "x1", investor: "alibaba", target: "zhipu", form: "royalty" }, { id: "x2", investor: "alibaba", target: "zhipu", form: "barter" });
    expect(modelOf(document).index.forms.slice(-2)).toEqual(["barter", "royalty"]);
  });

  it("stores years, UNDATED for undated deals, and the extent of dated ones", () => {
    expect(index.year[at("d1")]).toBe(2024);
    expect(index.year[at("d9")]).toBe(UNDATED);
    expect(index.yearExtent).toEqual([2017, 2024]);
  });

  it("stores amounts, NaN for undisclosed ones, and the extent of disclosed ones", () => {
    expect(index.amount[at("d1")]).toBe(800e6);
    expect(index.amount[at("d2")]).toBeNaN();
    expect(index.amountExtent).toEqual([1.5e6, 800e6]);
  });

  it("marks a split deal with every form of its parts, and lists the parts", () => {
    const d1 = at("d1");
    expect(index.formMask[d1]).toBe(bit("cash") | bit("cloud-credits"));
    const parts = [];
    for (let p = index.partStart[d1] ?? 0; p < (index.partStart[d1 + 1] ?? 0); p++) parts.push([index.forms[index.partForm[p] ?? 0], index.partAmount[p]]);
    expect(parts).toEqual([
      ["cloud-credits", 300e6],
      ["cash", 500e6],
    ]);
    expect(index.partStart[at("d3") + 1]).toBe(index.partStart[at("d3")]);
  });

  it("gives the remainder of a partly split deal to the deal's own form", () => {
    const document = sample();
    document.deals[0] = { ...document.deals[0], amountUsd: 900e6 };
    const { index: split } = modelOf(document);
    const amounts: number[] = [];
    for (let p = split.partStart[0] ?? 0; p < (split.partStart[1] ?? 0); p++) amounts.push(split.partAmount[p] ?? 0);
    expect(amounts).toEqual([300e6, 500e6, 100e6]);
  });

  it("shares one pair between deals of the same investor and startup", () => {
    expect(index.pair[at("d3")]).not.toBe(index.pair[at("d4")]);
    const document = sample();
    document.deals.push({ id: "again", investor: "alibaba", target: "zhipu", form: "cash", date: "2025" });
    const { index: more } = modelOf(document);
    expect(more.pair[10]).toBe(more.pair[at("d3")]);
    expect(more.pairCount).toBe(index.pairCount);
  });
});
