// The memoised selector from store state to the visible set.
import { describe, expect, it } from "vitest";
import { createVisibleSelector } from "../../src/filter/select";
import { setYears } from "../../src/state/filters";
import { INITIAL_STATE, type AppState } from "../../src/state/store";
import { modelOf, sample } from "./fixtures";

describe("createVisibleSelector", () => {
  const model = modelOf(sample());
  const ready: AppState = { ...INITIAL_STATE, load: "ready", model };

  it("gives null while no model is loaded", () => {
    expect(createVisibleSelector()(INITIAL_STATE)).toBeNull();
  });

  it("computes once per (model, filters) and shares the result", () => {
    const select = createVisibleSelector();
    const first = select(ready);
    // All ten deals of the sample.
    expect(first?.visibleDeals).toBe(10);
    // Other parts of the state (language, focus) do not recompute.
    expect(select({ ...ready, lang: "ko", focus: "alibaba" })).toBe(first);
  });

  it("recomputes when the filters or the model change", () => {
    const select = createVisibleSelector();
    const first = select(ready);
    // 2017-2019 plus undated d9: d8, d9, d10.
    const narrowed = select({ ...ready, filters: setYears([2017, 2019], model.index.yearExtent)(ready.filters) });
    expect(narrowed).not.toBe(first);
    expect(narrowed?.visibleDeals).toBe(3);
    const other = modelOf(sample());
    const again = select({ ...ready, model: other });
    expect(again).not.toBe(narrowed);
    expect(again?.visibleDeals).toBe(10);
  });

  it("keeps separate caches for separate selectors", () => {
    const a = createVisibleSelector();
    const b = createVisibleSelector();
    expect(a(ready)).not.toBe(b(ready));
    expect(a(ready)).toEqual(b(ready));
  });
});
