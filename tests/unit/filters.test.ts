// Pure filter transitions: (args) => (state) => state, tested without a store.
import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, isFiltered, resetFilters, setAmountRange, setForms, setYears, toggleForm } from "../../src/state/filters";

const FORMS = ["cash", "cloud-credits", "compute"];

describe("filter transitions", () => {
  it.each<[readonly [number, number], readonly [number, number] | null]>([
    [[2018, 2020], [2018, 2020]],
    [[2020, 2018], [2018, 2020]],
    [[2000, 2019], [2015, 2019]],
    [[2015, 2024], null],
    [[1990, 2030], null],
  ])("setYears(%j) within 2015-2024 gives %j", (years, expected) => {
    expect(setYears(years, [2015, 2024])(DEFAULT_FILTERS).years).toEqual(expected);
  });

  it("setAmountRange drops non-positive minimums and swaps a reversed range", () => {
    expect(setAmountRange(0, 10)(DEFAULT_FILTERS)).toMatchObject({ minAmount: null, maxAmount: 10 });
    expect(setAmountRange(50, 10)(DEFAULT_FILTERS)).toMatchObject({ minAmount: 10, maxAmount: 50 });
    expect(setAmountRange(5, Infinity)(DEFAULT_FILTERS)).toMatchObject({ minAmount: 5, maxAmount: null });
  });

  it("toggleForm from 'all' leaves the others, and toggling back collapses to all (null)", () => {
    const withoutCash = toggleForm("cash", FORMS)(DEFAULT_FILTERS);
    expect(withoutCash.forms).toEqual(["cloud-credits", "compute"]);
    expect(toggleForm("cash", FORMS)(withoutCash).forms).toBeNull();
  });

  it("setForms keeps the vocabulary's order and ignores forms not in the data", () => {
    expect(setForms(["compute", "bogus", "cash"], FORMS)(DEFAULT_FILTERS).forms).toEqual(["cash", "compute"]);
    expect(setForms([], FORMS)(DEFAULT_FILTERS).forms).toEqual([]);
  });

  it("transitions return new states and leave the old ones alone", () => {
    const before = { ...DEFAULT_FILTERS };
    const after = setYears([2018, 2019], [2015, 2024])(DEFAULT_FILTERS);
    expect(DEFAULT_FILTERS).toEqual(before);
    expect(after).not.toBe(DEFAULT_FILTERS);
  });

  it("isFiltered tells a filtered state from the default, and reset returns the default", () => {
    const filtered = setAmountRange(1, null)(DEFAULT_FILTERS);
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
    expect(isFiltered(filtered)).toBe(true);
    expect(resetFilters()(filtered)).toEqual(DEFAULT_FILTERS);
  });
});
