// Issue 17, more than 32 forms: every form filters on its own, whatever the number of forms (the
// index keeps a form index per deal and per part, not bits of a 32-bit mask).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDetails } from "../../src/filter/details";
import { computeStats } from "../../src/filter/stats";
import { computeVisible } from "../../src/filter/visible";
import { parseInvestmentGraph } from "../../src/io/parse";
import { createModel, type Model } from "../../src/model/model";
import { DEFAULT_FILTERS } from "../../src/state/filters";

function manyForms(formCount: number, split: boolean): Model {
  const forms = Array.from({ length: formCount }, (_, i) => `f${String(i).padStart(3, "0")}`);
  const doc = {
    format: "investment-graph",
    version: 1,
    meta: {},
    nodes: [
      { id: "a", label: "A", kind: "investor" },
      { id: "b", label: "B", kind: "startup" },
    ],
    deals: forms.map((form, i) =>
      split && i % 2 === 1
        ? {
            id: `d${i}`,
            investor: "a",
            target: "b",
            form: "cash",
            amountUsd: (i + 1) * 2,
            parts: [
              { form, amountUsd: i + 1 },
              { form: forms[(i + 7) % formCount] ?? form, amountUsd: i + 1 },
            ],
          }
        : { id: `d${i}`, investor: "a", target: "b", form, amountUsd: i + 1 },
    ),
  };
  const { dataset } = parseInvestmentGraph(doc);
  if (!dataset) throw new Error("fixture");
  return createModel(dataset, "t");
}

describe("any number of forms", () => {
  it("forms=f035 among 40 forms shows one deal, not nine", () => {
    const model = manyForms(40, false);
    const visible = computeVisible(model.index, 2, { ...DEFAULT_FILTERS, forms: ["f035"] });
    expect(visible.visibleDeals).toBe(1);
    expect(visible.visibleAmount).toBe(36);
    expect(visible.formDeals[35]).toBe(1);
    expect(visible.formDeals[39]).toBe(1);
  });

  it("every form alone counts exactly its own deals and parts, up to 300 forms (generated)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.boolean(), fc.nat(), (count, split, pick) => {
        const model = manyForms(count, split);
        const form = model.index.forms[pick % model.index.forms.length] ?? "";
        const filters = { ...DEFAULT_FILTERS, forms: [form] };
        const visible = computeVisible(model.index, 2, filters);
        // Expected from the deal records, not from the index.
        let deals = 0;
        let amount = 0;
        for (const deal of model.dataset.deals) {
          const parts = deal.parts ?? [{ form: deal.form, amountUsd: deal.amountUsd }];
          const matching = parts.filter((part) => part.form === form);
          if (matching.length === 0) continue;
          deals++;
          amount += matching.reduce((sum, part) => sum + (part.amountUsd ?? 0), 0);
        }
        const stats = computeStats(model, visible, filters);
        const details = computeDetails(model, visible, filters, "a");
        return (
          visible.visibleDeals === deals &&
          visible.visibleAmount === amount &&
          stats.total.disclosedUsd === amount &&
          stats.byForm.every((share) => share.form === form) &&
          (details?.invested.byForm ?? []).every((entry) => entry.form === form || entry.shown.deals === 0)
        );
      }),
      { numRuns: 120 },
    );
  });
});
