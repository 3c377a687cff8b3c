// Pure filter transitions: (args) => (state) => state, tested without a store.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_FILTERS,
  isFiltered,
  resetFilters,
  setAmountRange,
  setForms,
  setIncludeUndated,
  setIncludeUndisclosed,
  setYears,
  toggleForm,
  type FilterState,
} from "../../src/state/filters";

const FORMS = ["cash", "cloud-credits", "compute"];
const EXTENT: readonly [number, number] = [2015, 2024];

describe("setYears", () => {
  it.each<[string, readonly [number, number], readonly [number, number] | null]>([
    ["a range inside the extent", [2018, 2020], [2018, 2020]],
    ["a reversed range", [2020, 2018], [2018, 2020]],
    ["a single year", [2019, 2019], [2019, 2019]],
    ["a range starting before the extent (clamped)", [2000, 2019], [2015, 2019]],
    ["a range ending after the extent (clamped)", [2020, 2030], [2020, 2024]],
    ["the first year only", [2015, 2015], [2015, 2015]],
    ["the whole extent (collapses to null)", [2015, 2024], null],
    ["more than the whole extent (collapses to null)", [1990, 2030], null],
  ])("%s within 2015-2024", (_name, years, expected) => {
    expect(setYears(years, EXTENT)(DEFAULT_FILTERS).years).toEqual(expected);
  });

  it("clears the range when given null or when the data has no dated deal", () => {
    const narrowed = setYears([2018, 2019], EXTENT)(DEFAULT_FILTERS);
    expect(setYears(null, EXTENT)(narrowed).years).toBeNull();
    expect(setYears([2018, 2019], null)(narrowed).years).toBeNull();
  });

  it("changes only the years", () => {
    const state: FilterState = { ...DEFAULT_FILTERS, minAmount: 5, forms: ["cash"], includeUndated: false };
    expect(setYears([2018, 2019], EXTENT)(state)).toEqual({ ...state, years: [2018, 2019] });
  });
});

describe("setAmountRange", () => {
  it.each<[string, number | null, number | null, number | null, number | null]>([
    ["both bounds", 10, 50, 10, 50],
    ["a reversed range (swapped)", 50, 10, 10, 50],
    ["no bounds", null, null, null, null],
    ["a minimum only", 5, null, 5, null],
    ["a maximum only", null, 5, null, 5],
    ["a zero minimum (no bound)", 0, 10, null, 10],
    ["a negative minimum (no bound)", -3, 10, null, 10],
    ["an infinite maximum (no bound)", 5, Infinity, 5, null],
    ["a NaN maximum (no bound)", 5, Number.NaN, 5, null],
    ["equal bounds", 7, 7, 7, 7],
    // Swapping must not bring back the zero minimum that is otherwise dropped.
    ["a reversed range down to zero", 50, 0, null, 50],
  ])("%s", (_name, min, max, minAmount, maxAmount) => {
    expect(setAmountRange(min, max)(DEFAULT_FILTERS)).toEqual({ ...DEFAULT_FILTERS, minAmount, maxAmount });
  });
});

describe("form transitions", () => {
  it("toggleForm from 'all' leaves the others, and toggling back collapses to all (null)", () => {
    const withoutCash = toggleForm("cash", FORMS)(DEFAULT_FILTERS);
    expect(withoutCash.forms).toEqual(["cloud-credits", "compute"]);
    expect(toggleForm("cash", FORMS)(withoutCash).forms).toBeNull();
  });

  it("toggleForm adds a form back in the vocabulary's order, and can switch every form off", () => {
    const onlyCompute = setForms(["compute"], FORMS)(DEFAULT_FILTERS);
    expect(toggleForm("cash", FORMS)(onlyCompute).forms).toEqual(["cash", "compute"]);
    expect(toggleForm("compute", FORMS)(onlyCompute).forms).toEqual([]);
    expect(toggleForm("compute", FORMS)(toggleForm("compute", FORMS)(onlyCompute)).forms).toEqual(["compute"]);
  });

  it.each<[string, string[] | null, string[] | null]>([
    ["some forms, in the vocabulary's order", ["compute", "cash"], ["cash", "compute"]],
    ["forms not in the data (dropped)", ["compute", "bogus", "cash"], ["cash", "compute"]],
    ["every form (collapses to null)", ["compute", "cloud-credits", "cash"], null],
    ["every form and more (collapses to null)", [...FORMS, "bogus"], null],
    ["no form", [], []],
    ["null", null, null],
  ])("setForms with %s", (_name, forms, expected) => {
    expect(setForms(forms, FORMS)(DEFAULT_FILTERS).forms).toEqual(expected);
  });
});

describe("switches, reset and isFiltered", () => {
  it("sets the undisclosed and undated switches", () => {
    expect(setIncludeUndisclosed(false)(DEFAULT_FILTERS)).toEqual({ ...DEFAULT_FILTERS, includeUndisclosed: false });
    expect(setIncludeUndated(false)(DEFAULT_FILTERS)).toEqual({ ...DEFAULT_FILTERS, includeUndated: false });
    expect(setIncludeUndated(true)(setIncludeUndated(false)(DEFAULT_FILTERS))).toEqual(DEFAULT_FILTERS);
  });

  it("transitions return new states and leave the old ones alone", () => {
    const before = JSON.stringify(DEFAULT_FILTERS);
    const after = setYears([2018, 2019], EXTENT)(DEFAULT_FILTERS);
    toggleForm("cash", FORMS)(after);
    setAmountRange(1, 2)(after);
    expect(JSON.stringify(DEFAULT_FILTERS)).toBe(before);
    expect(after).not.toBe(DEFAULT_FILTERS);
    expect(after.years).toEqual([2018, 2019]);
  });

  it.each<[string, FilterState, boolean]>([
    ["the default", DEFAULT_FILTERS, false],
    ["a year range", setYears([2018, 2019], EXTENT)(DEFAULT_FILTERS), true],
    ["the whole extent", setYears([2015, 2024], EXTENT)(DEFAULT_FILTERS), false],
    ["a minimum", setAmountRange(1, null)(DEFAULT_FILTERS), true],
    ["a maximum", setAmountRange(null, 1)(DEFAULT_FILTERS), true],
    ["undisclosed off", setIncludeUndisclosed(false)(DEFAULT_FILTERS), true],
    ["undated off", setIncludeUndated(false)(DEFAULT_FILTERS), true],
    ["some forms", toggleForm("cash", FORMS)(DEFAULT_FILTERS), true],
    ["every form", setForms(FORMS, FORMS)(DEFAULT_FILTERS), false],
  ])("isFiltered(%s) is %s", (_name, state, expected) => {
    expect(isFiltered(state)).toBe(expected);
  });

  it("reset returns the default", () => {
    const filtered = setIncludeUndated(false)(setAmountRange(1, null)(DEFAULT_FILTERS));
    expect(resetFilters()(filtered)).toEqual(DEFAULT_FILTERS);
  });
});
