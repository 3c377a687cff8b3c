// `npm run layout`: bakes positions into a file, the same ones every time, and the app then needs
// no layout (every node has x and y).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseInvestmentGraphText } from "../../src/io/parse";
import { hasBakedLayout } from "../../src/model/graph";

const run = (output: string): string => {
  execFileSync("npx", ["tsx", "scripts/layout.ts", "tests/fixtures/unbaked.json", output, "--iterations", "200"], { stdio: "pipe" });
  return readFileSync(output, "utf8");
};

describe("layout command", () => {
  it("writes a valid file with a position for every node, identical on a second run", () => {
    const folder = mkdtempSync(join(tmpdir(), "layout-"));
    const first = run(join(folder, "a.json"));
    const second = run(join(folder, "b.json"));
    expect(second).toBe(first);
    const { dataset, issues } = parseInvestmentGraphText(first);
    expect(issues).toEqual([]);
    expect(dataset && hasBakedLayout(dataset)).toBe(true);
    const positions = new Set(dataset?.nodes.map((node) => `${node.x},${node.y}`));
    expect(positions.size).toBe(dataset?.nodes.length);
  }, 60_000);
});
