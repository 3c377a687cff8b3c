// Search by any name: folding (case, accents, widths, separators), ranking (exact > prefix >
// word-prefix > substring, then importance), which name matched, and the flagship's names.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSearchIndex, MATCH_KINDS, normalizeName, search, typoBudget, typoDistance } from "../../src/model/search";
import { modelOf, sample, type RawDocument } from "./fixtures";
import { flagshipModel } from "./insightsFixtures";

const index = buildSearchIndex(modelOf(sample()));
const ids = (query: string, limit = 10): string[] => search(index, query, limit).map((hit) => hit.id);

describe("normalizeName", () => {
  it.each<[string, string]>([
    ["Alibaba", "alibaba"],
    ["ＡＬＩＢＡＢＡ", "alibaba"],
    ["Zhīpǔ", "zhipu"],
    ["Crème Brûlée", "creme brulee"],
    ["ant_group", "ant group"],
    ["Ant-Group", "ant group"],
    ["  Moonshot   AI ", "moonshot ai"],
    ["ｶﾀｶﾅ", normalizeName("カタカナ")],
    ["阿里巴巴", "阿里巴巴"],
    ["０１ＡＩ", "01ai"],
    ["---", ""],
  ])("%s -> %s", (text, expected) => {
    expect(normalizeName(text)).toBe(expected);
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 20 }), (text) => normalizeName(normalizeName(text)) === normalizeName(text)),
    );
  });
});

describe("search on the sample", () => {
  it.each<[string, string, string, string]>([
    // query, first hit, match kind, name that matched
    ["alibaba", "alibaba", "exact", "Alibaba"],
    ["ALI", "alibaba", "prefix", "Alibaba"],
    ["알리", "alibaba", "prefix", "알리바바"],
    ["阿里", "alibaba", "prefix", "阿里巴巴"],
    ["巴巴", "alibaba", "substring", "阿里巴巴"],
    ["텐센트", "tencent", "exact", "텐센트"],
    ["月之暗面", "moonshot", "exact", "月之暗面"],
    ["ai", "moonshot", "word-prefix", "Moonshot AI"],
    ["ＭＥＧＶＩＩ", "megvii", "exact", "Megvii"],
    ["méGvii", "megvii", "exact", "Megvii"],
    ["hong", "hongshan", "prefix", "HongShan"],
    ["shan", "hongshan", "substring", "HongShan"],
  ])("%s finds %s (%s, via %s)", (query, id, match, name) => {
    const [first] = search(index, query, 5);
    expect(first).toMatchObject({ id, match, name });
  });

  it("reports the field that matched: label, a language, or the id", () => {
    expect(search(index, "알리바바", 1)[0]?.field).toBe("ko");
    expect(search(index, "智谱", 1)[0]?.field).toBe("zh");
    expect(search(index, "Alibaba", 1)[0]?.field).toBe("label");
  });

  it("ranks exact before prefix before word-prefix before substring", () => {
    const document: RawDocument = sample();
    document.nodes.push(
      { id: "n-sub", label: "Xmoon", kind: "startup" },
      { id: "n-word", label: "Blue Moon", kind: "startup" },
      { id: "n-prefix", label: "Moonlight", kind: "startup" },
      { id: "n-exact", label: "Moon", kind: "startup" },
    );
    const hits = search(buildSearchIndex(modelOf(document)), "moon", 10);
    expect(hits.map((hit) => [hit.id, hit.match])).toEqual([
      ["n-exact", "exact"],
      ["moonshot", "prefix"],
      ["n-prefix", "prefix"],
      ["n-word", "word-prefix"],
      ["n-sub", "substring"],
    ]);
  });

  it("breaks ties by number of deals, then by label", () => {
    // Prefix matches of "m": Moonshot AI (3 deals), then Megvii and MiniMax (2 each) by label.
    const hits = search(index, "m", 10)
      .filter((hit) => hit.match === "prefix")
      .map((hit) => hit.id);
    expect(hits).toEqual(["moonshot", "megvii", "minimax"]);
  });

  it("returns one hit per organisation, at most `limit`", () => {
    const hits = search(index, "a", 3);
    expect(hits.length).toBe(3);
    expect(new Set(hits.map((hit) => hit.id)).size).toBe(3);
    expect(ids("a", 100).length).toBe(new Set(ids("a", 100)).size);
  });

  it.each(["", "   ", "---", "zzz-no-such"])("finds nothing for %j", (query) => {
    expect(search(index, query, 10)).toEqual([]);
  });

  it("finds nothing with limit 0", () => {
    expect(search(index, "alibaba", 0)).toEqual([]);
  });

  it("every hit other than a typo contains the query in one of its names; a typo is within the budget (property)", () => {
    const names = (id: string): string[] => {
      const node = sample().nodes.find((n) => n.id === id);
      return [String(node?.label), ...Object.values((node?.labels ?? {}) as Record<string, string>), id].map(normalizeName);
    };
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z알리바텐센트阿里月]{1,4}$/), (query) => {
        const q = normalizeName(query);
        for (const hit of search(index, query, 10)) {
          const compact = (name: string): string => name.replace(/ /g, "");
          if (hit.match !== "typo") expect(names(hit.id).some((name) => name.includes(q) || compact(name).includes(compact(q)))).toBe(true);
          else
            expect(
              typoDistance(normalizeName(hit.name).replace(/ /g, "").slice(0, compact(q).length), compact(q), 2) <=
                typoBudget(compact(q)) ||
                normalizeName(hit.name)
                  .split(" ")
                  .some((word) => typoDistance(word, compact(q), 2) <= typoBudget(compact(q))) ||
                typoDistance(compact(normalizeName(hit.name)), compact(q), 2) <= typoBudget(compact(q)),
            ).toBe(true);
        }
      }),
    );
  });
});

describe("search on the flagship", () => {
  const flagship = flagshipModel();
  const flagshipIndex = buildSearchIndex(flagship);

  it("finds every node by its id, label and localised labels, itself ranked first among exact matches", () => {
    for (const node of flagship.dataset.nodes) {
      for (const name of [node.id, node.label, ...Object.values(node.labels ?? {})]) {
        const hits = search(flagshipIndex, name, 50);
        const own = hits.find((hit) => hit.id === node.id);
        expect(own?.match, `${node.id} via ${name}`).toBe("exact");
      }
    }
  });

  it("ranks Alibaba first for 'ali' (most deals among its prefix matches)", () => {
    const hits = search(flagshipIndex, "ali", 10);
    expect(hits[0]?.id).toBe("alibaba");
    const dealsOf = (id: string): number => flagship.dataset.deals.filter((deal) => deal.investor === id || deal.target === id).length;
    const prefix = hits.filter((hit) => hit.match === "prefix").map((hit) => dealsOf(hit.id));
    expect(prefix).toEqual([...prefix].sort((a, b) => b - a));
  });
});

describe("search that forgives: aliases, spaces, typos", () => {
  const flagship = buildSearchIndex(flagshipModel());
  const first = (query: string) => search(flagship, query, 8)[0];

  it.each<[string, string, string, string]>([
    // query, first hit, match kind, field that matched
    ["kimi", "moonshot", "exact", "alias"],
    ["Face++", "megvii", "exact", "alias"],
    ["alphabet", "google", "exact", "alias"],
    ["open ai", "openai", "exact", "label"],
    ["moonshotai", "moonshot", "exact", "label"],
    ["alibba", "alibaba", "typo", "label"],
    ["tencnet", "tencent", "typo", "label"],
    ["anthorpic", "anthropic", "typo", "label"],
    ["moonsht", "moonshot", "typo", "label"],
  ])("%s finds %s (%s, via %s)", (query, id, match, field) => {
    expect(first(query)).toMatchObject({ id, match, field });
  });

  it("ranks typos below every real match", () => {
    const hits = search(flagship, "ali", 8);
    const kinds = hits.map((hit) => MATCH_KINDS.indexOf(hit.match));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    // "ali" is short enough to be a real prefix of Alibaba: no typo outranks it.
    expect(hits[0]).toMatchObject({ id: "alibaba", match: "prefix" });
  });

  it("allows no typo under three characters, one up to five, two beyond", () => {
    expect([typoBudget("ab"), typoBudget("abc"), typoBudget("abcde"), typoBudget("abcdef")]).toEqual([0, 1, 1, 2]);
    expect(search(flagship, "zz", 8)).toEqual([]);
  });

  it("counts a swap of neighbours as one edit and never reports less than the true distance (property)", () => {
    expect(typoDistance("tencnet", "tencent", 2)).toBe(1);
    expect(typoDistance("alibba", "alibaba", 2)).toBe(1);
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const distance = typoDistance(a, b, 10);
        expect(distance).toBe(typoDistance(b, a, 10));
        expect(distance === 0).toBe(a === b);
        expect(distance).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(distance).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});
