// "What the article says": each claim beside the figure the data computes (Moonshot's credit share,
// how many of the six little dragons each giant backs), or the reason it cannot; bad claims reported.
import { readFileSync } from "node:fs";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { computeClaims, type ClaimFigure } from "../../src/filter/claims";
import { parseInvestmentGraph } from "../../src/io/parse";
import { createModel } from "../../src/model/model";
import { sample } from "./fixtures";
import { flagshipModel } from "./insightsFixtures";

const flagship = flagshipModel();
const view = computeClaims(flagship);
const figure = (id: string): ClaimFigure | null => view.rows.find((row) => row.id === id)?.figure ?? null;
const DRAGONS = ["zhipu", "moonshot", "minimax", "baichuan", "stepfun", "01ai"];

describe("the flagship's claims", () => {
  it("holds every claim of article_claims.csv, in order, with status and sources", () => {
    expect(view.issues).toEqual([]);
    expect(view.rows.map((row) => row.id)).toEqual(["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"]);
    const table = new Map(
      csvParse(readFileSync("data/research/china-ai/article_claims.csv", "utf8")).map((row) => [row["claim_id"] ?? "", row]),
    );
    for (const row of view.rows) {
      expect(row.status, row.id).toBe(table.get(row.id)?.["status"]);
      // A claim the research found no source for (C7, C9) has none here either.
      expect(row.sources.length > 0, row.id).toBe(/https?:\/\//.test(table.get(row.id)?.["sources"] ?? ""));
    }
  });

  it("C4: Alibaba's cloud-credit share of its disclosed Moonshot money, from the deal's parts", () => {
    const deals = flagship.dataset.deals.filter((deal) => deal.investor === "alibaba" && deal.target === "moonshot" && deal.parts);
    const credits = deals
      .flatMap((deal) => deal.parts ?? [])
      .filter((part) => part.form === "cloud-credits")
      .reduce((sum, part) => sum + (part.amountUsd ?? 0), 0);
    const whole = deals.reduce((sum, deal) => sum + (deal.amountUsd ?? 0), 0);
    const c4 = figure("C4");
    expect(c4).toMatchObject({ kind: "credit-share", investor: "alibaba", target: "moonshot", formUsd: credits, totalUsd: whole });
    expect(c4?.kind === "credit-share" && c4.share).toBeCloseTo(credits / whole, 9);
    // The claim says "more than $300M": the data's conservative figure is not above it.
    expect(credits).toBeGreaterThan(0);
  });

  it("C2: which of the six little dragons Alibaba and Tencent back, counted from their deals", () => {
    const c2 = figure("C2");
    if (c2?.kind !== "backers") throw new Error("C2 has no backers figure");
    for (const { investor, backed } of c2.backers) {
      const own = new Set(flagship.dataset.deals.filter((deal) => deal.investor === investor).map((deal) => deal.target));
      expect(backed, investor).toEqual(DRAGONS.filter((dragon) => own.has(dragon)));
    }
    expect(c2.targets).toEqual(DRAGONS);
    expect(c2.backedByAll).toEqual(DRAGONS.filter((dragon) => c2.backers.every((backer) => backer.backed.includes(dragon))));
  });

  it("C1: says why the data cannot give 40% / 30% of all deals (it holds AI deals only)", () => {
    expect(figure("C1")).toEqual({ kind: "none", reason: "ai-deals-only" });
  });

  it("C3: the sectors the data gives Moonshot, Horizon and Megvii", () => {
    expect(figure("C3")).toEqual({
      kind: "sectors",
      nodes: ["moonshot", "horizon", "megvii"].map((id) => ({
        node: id,
        sector: flagship.dataset.nodes.find((node) => node.id === id)?.sector ?? null,
      })),
    });
  });

  it("puts each claim's original sources before copies", () => {
    const c4 = view.rows.find((row) => row.id === "C4");
    expect(c4?.sources.map((source) => source.url)).toContain(
      "http://goldberglawma.com/?id=news%2Falibaba-leverages-cloud-business-become-040021949.html",
    );
  });
});

describe("claims that cannot be read or checked", () => {
  const modelWith = (claims: unknown[]) => {
    const document = sample();
    const result = parseInvestmentGraph({ ...document, meta: { ...document.meta, claims } });
    if (!result.dataset) throw new Error("sample does not load");
    return createModel(result.dataset, "test");
  };

  it("reports a malformed claim with its place and keeps the others; the file still loads", () => {
    const claims = computeClaims(modelWith([{ claim: "ok", status: "verified" }, { claim: 3, status: "verified" }, { status: "x" }]));
    expect(claims.rows.map((row) => row.claim)).toEqual(["ok"]);
    expect(claims.issues.map((issue) => issue.path)).toEqual(["meta.claims[1].claim", "meta.claims[2].claim"]);
  });

  it("says so for an unknown figure kind or a figure about deals the data lacks", () => {
    const claims = computeClaims(
      modelWith([
        { claim: "a", status: "s", figure: { kind: "market-cap" } },
        { claim: "b", status: "s", figure: { kind: "credit-share", investor: "tencent", target: "megvii" } },
        { claim: "c", status: "s", figure: { kind: "backers", investors: ["nobody"], targets: ["moonshot"] } },
      ]),
    );
    expect(claims.rows.map((row) => row.figure)).toEqual([
      { kind: "none", reason: "unknown-figure" },
      { kind: "none", reason: "missing-deal" },
      { kind: "none", reason: "missing-deal" },
    ]);
  });
});
