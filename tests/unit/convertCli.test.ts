// `npm run convert` and `npm run validate`: the page's import in Node. A messy CSV becomes a format v1
// file that validates cleanly and holds what the import reported; a file that cannot load exits 1.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateMessyCsv } from "../../scripts/lib/messyCsv";
import { parseInvestmentGraphText } from "../../src/io/parse";

const tsx = (script: string, ...args: string[]) => spawnSync("npx", ["tsx", script, ...args], { encoding: "utf8" });

describe("convert and validate commands", () => {
  it("convert a messy CSV to format v1, with a full report; validate the result", () => {
    const folder = mkdtempSync(join(tmpdir(), "convert-"));
    const { text, expected } = generateMessyCsv({ rows: 2000, seed: 9 });
    writeFileSync(join(folder, "in.csv"), text);
    const converted = tsx("scripts/convert.ts", join(folder, "in.csv"), join(folder, "out.json"), "--report", join(folder, "report.txt"));
    expect(converted.status).toBe(0);
    expect(converted.stdout).toContain(
      `${expected.loaded} of ${expected.rows} rows loaded, ${expected.skippedLines.length} skipped, ${expected.warnings} warnings`,
    );
    const { dataset, issues } = parseInvestmentGraphText(readFileSync(join(folder, "out.json"), "utf8"));
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(dataset?.deals.length).toBe(expected.loaded);
    expect(dataset?.nodes.length).toBe(expected.nodes);
    const report = readFileSync(join(folder, "report.txt"), "utf8");
    for (const line of expected.skippedLines) expect(report).toContain(`error: line ${line}: `);

    const validated = tsx("scripts/validate.ts", join(folder, "out.json"), "tests/fixtures/gephi.gexf");
    expect(validated.status).toBe(0);
    expect(validated.stdout).toContain(`${expected.nodes} nodes, ${expected.loaded} deals loaded; 0 errors`);
    expect(validated.stdout).toContain("gephi.gexf (gexf): 4 nodes, 4 deals loaded");
  }, 120_000);

  it("columns can be named on the command line; a file that cannot load exits 1", () => {
    const folder = mkdtempSync(join(tmpdir(), "convert-"));
    const failed = tsx("scripts/convert.ts", "tests/fixtures/odd-columns.csv", join(folder, "x.json"));
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain("columns: choose the startup column");
    const mapped = tsx(
      "scripts/convert.ts",
      "tests/fixtures/odd-columns.csv",
      join(folder, "x.gexf"),
      "--map",
      "startup=Holding,amount=Money",
    );
    expect(mapped.status).toBe(0);
    expect(readFileSync(join(folder, "x.gexf"), "utf8")).toContain("<gexf");
    expect(tsx("scripts/validate.ts", "tests/fixtures/broken.json").status).toBe(1);
  }, 120_000);
});
