import { describe, expect, it } from "vitest";
import { formNamesOf, localisedLabels, nodeColorsOf, pairDealLists } from "../../src/render/viewData";
import { RENDER_THEMES } from "../../src/render/style";
import { modelOf, sample } from "./fixtures";

const model = modelOf(sample());

describe("view data", () => {
  it("lists every deal once, under its own pair", () => {
    const { start, deals } = pairDealLists(model.index);
    expect(start[model.index.pairCount]).toBe(model.index.count);
    const seen = new Set<number>();
    for (let p = 0; p < model.index.pairCount; p++) {
      for (let at = start[p] ?? 0; at < (start[p + 1] ?? 0); at++) {
        const d = deals[at] ?? -1;
        expect(model.index.pair[d]).toBe(p);
        seen.add(d);
      }
    }
    expect(seen.size).toBe(model.index.count);
  });

  it("labels follow the language, falling back to English", () => {
    const ko = localisedLabels(model, "ko");
    model.dataset.nodes.forEach((node, i) => expect(ko[i]).toBe(node.labels?.["ko"] || node.label));
    expect(localisedLabels(model, "en")).toEqual(model.dataset.nodes.map((node) => node.label));
  });

  it("node colours follow kind and theme; form names follow the data's meta", () => {
    const dark = nodeColorsOf(model, RENDER_THEMES.dark);
    model.dataset.nodes.forEach((node, i) =>
      expect(dark[i]).toBe(node.kind === "investor" ? RENDER_THEMES.dark.investor : RENDER_THEMES.dark.startup),
    );
    expect(formNamesOf(model, "en")).toHaveLength(model.index.forms.length);
  });
});
