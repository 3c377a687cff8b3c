// The colour keys (color=kind|category|sector|community): each node's colour, the legend's entries,
// communities named by their busiest members, computed the same way on every run.
import { describe, expect, it } from "vitest";
import { CATEGORICAL, UNKEYED } from "../../src/config/palette";
import { communitiesOf } from "../../src/model/communities";
import { colorKeyOf } from "../../src/words/colorKey";
import { loadLanguage, t } from "../../src/words/i18n";
import { kindDetailName } from "../../src/words/names";
import { modelOf, sample } from "./fixtures";

const model = modelOf(sample());
const nodes = model.dataset.nodes;

describe("colour keys", () => {
  it("sector colours startups by sector and leaves investors quiet", () => {
    const key = colorKeyOf(model, "sector", "light", "en", null);
    nodes.forEach((node, i) => {
      if (node.kind === "investor") expect(key.colors[i]).toBe(UNKEYED.light);
      else if (node.sector) expect(CATEGORICAL.light).toContain(key.colors[i]);
    });
    const llm = key.entries.find((entry) => entry.label === kindDetailName("sector", "LLM", "en"));
    expect(llm?.count).toBe(nodes.filter((node) => node.kind === "startup" && node.sector === "LLM").length);
  });

  it("category colours investors; data without categories puts them under 'Other or none'", () => {
    const key = colorKeyOf(model, "category", "dark", "en", null);
    const uncategorised = nodes.filter((node) => node.kind === "investor" && !node.category).length;
    if (uncategorised > 0) expect(key.entries.find((entry) => entry.label === "Other or none")?.count).toBe(uncategorised);
    expect(key.colors.every((colour) => [...CATEGORICAL.dark, UNKEYED.dark].includes(colour))).toBe(true);
  });

  it("names categories in the reader's language, as the details panel does", async () => {
    await loadLanguage("ko");
    const labels = colorKeyOf(model, "category", "light", "ko", null).entries.map((entry) => entry.label);
    const categories = new Set(nodes.flatMap((node) => (node.kind === "investor" && node.category ? [node.category] : [])));
    for (const category of categories) expect(labels).not.toContain(category);
    expect(labels).toContain(t("ko", "category.big-tech"));
  });

  it("communities: deterministic, every node in one, named by the busiest members", () => {
    const a = communitiesOf(modelOf(sample()));
    const b = communitiesOf(modelOf(sample()));
    expect(Array.from(a.of)).toEqual(Array.from(b.of));
    expect(a.members.reduce((sum, list) => sum + list.length, 0)).toBe(nodes.length);
    const key = colorKeyOf(model, "community", "light", "en", communitiesOf(model));
    const first = key.entries[0];
    const members = first?.members ?? [];
    const names = members
      .slice(0, 2)
      .map((i) => nodes[i]?.label)
      .join(", ");
    expect(first?.label).toBe(members.length > 2 ? `${names} +${members.length - 2}` : names);
  });

  it("falls back to the kind key until communities are known", () => {
    expect(colorKeyOf(model, "community", "light", "ko", null).mode).toBe("kind");
  });
});
