// Issue 17, quadratic work on bad rows: "did you mean" hints have a budget per parse and stop past
// the issue cap, so a file of thousands of bad deals costs about what a good one does.
import { describe, expect, it } from "vitest";
import { createHinter, MAX_HINTS } from "../../src/io/issues";
import { parseInvestmentGraph } from "../../src/io/parse";

function badDeals(count: number): unknown {
  const nodes = Array.from({ length: count }, (_, i) => ({ id: `investor-${i}`, label: `Investor ${i}`, kind: "investor" }));
  const deals = Array.from({ length: count }, (_, i) => ({
    id: `d${i}`,
    investor: `investor-x${i}`,
    target: `investor-${i}`,
    form: "cash",
  }));
  return { format: "investment-graph", version: 1, meta: {}, nodes, deals };
}

describe("did-you-mean hints are bounded", () => {
  it("a parse gives at most MAX_HINTS hints however many deals name unknown nodes", () => {
    const result = parseInvestmentGraph(badDeals(2000));
    const hinted = result.issues.filter((issue) => issue.message.includes("did you mean"));
    expect(hinted.length).toBeGreaterThan(0);
    expect(hinted.length).toBeLessThanOrEqual(MAX_HINTS);
    // Every bad deal is still reported, up to the cap, with its place.
    expect(result.issues.filter((issue) => issue.path.endsWith(".investor")).length).toBe(500);
  });

  it("the hinter compares each word with a bounded number of candidates", () => {
    const candidates = Array.from({ length: 50_000 }, (_, i) => `node-${i}`);
    const hinter = createHinter(candidates);
    for (let i = 0; i < 100; i++) hinter.hint(`node-${i}x`);
    expect(hinter.comparisons()).toBeLessThanOrEqual(MAX_HINTS * 5_000);
    expect(hinter.hint("node-1x")).toBeNull(); // budget spent
  });

  it("a very long word gets no hint (edit distance is quadratic in length)", () => {
    const hinter = createHinter(["a".repeat(10_000)]);
    expect(hinter.hint("a".repeat(10_001))).toBeNull();
    expect(hinter.comparisons()).toBe(0);
  });

  it("close words are still found", () => {
    const hinter = createHinter(["alibaba", "tencent"]);
    expect(hinter.hint("alibba")).toBe("alibaba");
  });
});
