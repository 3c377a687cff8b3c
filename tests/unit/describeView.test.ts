import { beforeAll, describe, expect, it } from "vitest";
import { loadLanguage } from "../../src/words/i18n";
import { computeVisible } from "../../src/filter/visible";
import { DEFAULT_FILTERS, setAmountRange, setForms, setIncludeUndisclosed, setYears } from "../../src/state/filters";
import { describeFilters, describeView } from "../../src/words/describeView";
import { modelOf, sample } from "./fixtures";

const model = modelOf(sample());

beforeAll(() => Promise.all([loadLanguage("ko"), loadLanguage("zh")]));
describe("describeFilters", () => {
  it("says 'all years, all forms' when nothing is filtered", () => {
    expect(describeFilters(DEFAULT_FILTERS, model, "en")).toBe("all years, all forms");
  });

  it("names every active filter in order", () => {
    const extent = model.index.yearExtent;
    if (!extent) throw new Error("sample has dated deals");
    const forms = model.index.forms.slice(0, 1);
    let filters = setYears([extent[0], extent[0]], extent)(DEFAULT_FILTERS);
    filters = setAmountRange(1_000_000, null)(filters);
    filters = setIncludeUndisclosed(false)(filters);
    filters = setForms(forms, model.index.forms)(filters);
    const text = describeFilters(filters, model, "en");
    const parts = text.split(", ");
    expect(parts[0]).toBe(`${extent[0]}–${extent[0]}`);
    expect(parts[1]).toMatch(/^at least \$1(\.0)?M$/);
    expect(parts[2]).toBe("disclosed amounts only");
    expect(parts).toHaveLength(4);
  });

  it("speaks Korean and Chinese", () => {
    expect(describeFilters(DEFAULT_FILTERS, model, "ko")).toBe("전체 연도, 모든 형태");
    expect(describeFilters(DEFAULT_FILTERS, model, "zh")).toBe("所有年份, 所有形式");
  });
});

describe("describeView", () => {
  it("gives the visible and total counts of the pure core", () => {
    const filters = setIncludeUndisclosed(false)(DEFAULT_FILTERS);
    const visible = computeVisible(model.index, model.dataset.nodes.length, filters);
    const text = describeView(filters, model, visible, "en");
    expect(text).toContain(`${visible.visibleDeals} of ${model.index.count} investments`);
    expect(text).toContain(`between ${visible.visibleNodes} organisations`);
    expect(visible.visibleDeals).toBeLessThan(model.index.count);
  });
});
