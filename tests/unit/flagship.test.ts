// The flagship dataset: it loads without errors, every deal is sourced, the story's headline facts
// hold in the data, and the committed file is exactly what the generator makes from the tables.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { flagshipText, FLAGSHIP_PATH, placesOf, readTables } from "../../scripts/flagship/build";
import { computeVisible } from "../../src/filter/visible";
import { parseInvestmentGraphText } from "../../src/io/parse";
import { isSourceHostIssue, sourceSite } from "../../src/io/sourceSite";
import { createModel } from "../../src/model/model";
import { DEFAULT_FILTERS } from "../../src/state/filters";

const text = readFileSync(FLAGSHIP_PATH, "utf8");
const raw = JSON.parse(text) as { deals: unknown[]; nodes: unknown[] };
const { dataset, issues } = parseInvestmentGraphText(text);
if (!dataset) throw new Error(`flagship does not load: ${JSON.stringify(issues)}`);
const deals = dataset.deals;
const LITTLE_DRAGONS = ["zhipu", "moonshot", "minimax", "baichuan", "stepfun", "01ai"];
const research = readFileSync("data/research/china-ai/deals.csv", "utf8");

describe("flagship dataset", () => {
  it("loads with no errors, keeping every node and deal; its only warnings name sources that open a copy", () => {
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(issues.every(isSourceHostIssue)).toBe(true);
    const copies = deals.flatMap((deal) => deal.sources ?? []).filter((source) => sourceSite(source).kind === "copy");
    expect(issues).toHaveLength(copies.length);
    expect(dataset.deals.length).toBe(raw.deals.length);
    expect(dataset.nodes.length).toBe(raw.nodes.length);
  });

  it("has one deal per row of the research table", () => {
    const ids = [...research.matchAll(/^(D\d{3}),/gm)].map((match) => match[1]);
    expect(deals.map((deal) => deal.id).sort()).toEqual(ids.sort());
  });

  it("gives every deal a confidence and at least one source with an http(s) link", () => {
    for (const deal of deals) {
      expect(deal.confidence, deal.id).toMatch(/^(high|medium|low)$/);
      expect(
        deal.sources?.some((source) => /^https?:\/\//.test(source.url ?? "")),
        deal.id,
      ).toBe(true);
    }
  });

  it("has baked positions for every node, so embeds never lay out", () => {
    for (const node of dataset.nodes) {
      expect(Number.isFinite(node.x), node.id).toBe(true);
      expect(Number.isFinite(node.y), node.id).toBe(true);
    }
  });

  it("names every node in English, Korean and Chinese", () => {
    for (const node of dataset.nodes) {
      expect(node.label.length, node.id).toBeGreaterThan(0);
      expect(node.labels?.["ko"], node.id).toBeTruthy();
      expect(node.labels?.["zh"], node.id).toBeTruthy();
    }
  });

  it("holds Alibaba -> Moonshot AI 2024 at about $800M with a cloud-credit part", () => {
    const deal = deals.find((d) => d.investor === "alibaba" && d.target === "moonshot" && d.date?.startsWith("2024"));
    expect(deal?.amountUsd).toBeGreaterThanOrEqual(700e6);
    expect(deal?.amountUsd).toBeLessThanOrEqual(900e6);
    const credits = deal?.parts?.find((part) => part.form === "cloud-credits");
    expect(credits?.amountUsd).toBeGreaterThanOrEqual(300e6);
    // The most conservative credit figure: the sources range from more than $200M to "just under half".
    expect(credits?.amountUsd).toBeLessThan(400e6);
    expect(deal?.note).toMatch(/FT/);
  });

  it("has both giants in at least four of the six little dragons", () => {
    for (const giant of ["alibaba", "tencent"]) {
      const backed = new Set(deals.filter((d) => d.investor === giant && LITTLE_DRAGONS.includes(d.target)).map((d) => d.target));
      expect(backed.size, giant).toBeGreaterThanOrEqual(4);
    }
  });

  it("keeps the investor's amount apart from the round's size, never above it", () => {
    const both = deals.filter((deal) => deal.amountUsd != null && deal.roundSizeUsd != null);
    expect(both.length).toBeGreaterThan(0);
    for (const deal of both) expect(deal.amountUsd ?? 0, deal.id).toBeLessThanOrEqual(deal.roundSizeUsd ?? 0);
    // Undisclosed shares stay undisclosed: a round with several named investors is never divided up.
    const undisclosedInSizedRounds = deals.filter((deal) => deal.amountUsd == null && deal.roundSizeUsd != null);
    expect(undisclosedInSizedRounds.length).toBeGreaterThan(0);
  });

  it("tells the cloud-credit story under the story filter: ?forms=cloud-credits", () => {
    const model = createModel(dataset, FLAGSHIP_PATH);
    const visible = computeVisible(model.index, dataset.nodes.length, { ...DEFAULT_FILTERS, forms: ["cloud-credits"] });
    const shown = new Set<string>();
    deals.forEach((deal, d) => {
      if (visible.dealVisible[d]) shown.add(`${deal.investor}>${deal.target}`);
    });
    expect(shown).toContain("alibaba>moonshot");
    expect(shown).toContain("microsoft>openai");
  });

  it("is exactly what the generator makes from the research tables", () => {
    expect(flagshipText(readTables())).toBe(text);
  }, 60_000); // the generator runs the seeded layout: seconds, more on a busy machine

  it("names every city of its organisations in Korean and Chinese (meta.places)", () => {
    const cities = [...new Set(dataset.nodes.map((node) => node.city).filter((city): city is string => city !== undefined))];
    expect(cities.length).toBeGreaterThan(10);
    const places = dataset.meta.places ?? {};
    const missing = cities.filter((city) => !Object.hasOwn(places, city) || !places[city]?.["ko"] || !places[city]?.["zh"]);
    expect(missing).toEqual([]);
    expect(places["Hangzhou"]).toEqual({ ko: "항저우", zh: "杭州" });
  });

  it("keeps only the places its nodes use, and no inherited names", () => {
    const places = placesOf("city,ko,zh\nHangzhou,항저우,杭州\nAtlantis,아틀란티스,亚特兰蒂斯\n__proto__,x,y\n", ["Hangzhou", "__proto__"]);
    expect(Object.keys(places)).toEqual(["Hangzhou", "__proto__"]);
    expect(Object.getPrototypeOf(places)).toBe(Object.prototype);
  });
});
