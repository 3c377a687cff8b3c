// `npm run convert` and `npm run validate`: the page's import in Node. A messy CSV becomes a format v1
// file that validates cleanly and holds what the import reported; a file that cannot load exits 1.
// Run in-process (each command's `main`), not as child processes.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../../scripts/lib/cli";
import { main as convert } from "../../scripts/convert";
import { main as validate } from "../../scripts/validate";
import { generateMessyCsv } from "../../scripts/lib/messyCsv";
import { parseInvestmentGraphText } from "../../src/io/parse";
import { runMain } from "./cliRun";

describe("convert and validate commands", () => {
  it("convert a messy CSV to format v1, with a full report; validate the result", async () => {
    const folder = mkdtempSync(join(tmpdir(), "convert-"));
    const { text, expected } = generateMessyCsv({ rows: 2000, seed: 9 });
    writeFileSync(join(folder, "in.csv"), text);
    const converted = await runMain(convert, [join(folder, "in.csv"), join(folder, "out.json"), "--report", join(folder, "report.txt")]);
    expect(converted.code).toBe(EXIT.ok);
    expect(converted.out.join("\n")).toContain(
      `${expected.loaded} of ${expected.rows} rows loaded, ${expected.skippedLines.length} skipped, ${expected.warnings} warnings`,
    );
    expect(converted.err).toEqual([`reading ${join(folder, "in.csv")}…`, `writing ${join(folder, "out.json")}…`]);
    const { dataset, issues } = parseInvestmentGraphText(readFileSync(join(folder, "out.json"), "utf8"));
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(dataset?.deals.length).toBe(expected.loaded);
    expect(dataset?.nodes.length).toBe(expected.nodes);
    const report = readFileSync(join(folder, "report.txt"), "utf8");
    for (const line of expected.skippedLines) expect(report).toContain(`error: line ${line}: `);

    const validated = await runMain(validate, [join(folder, "out.json"), "tests/fixtures/gephi.gexf"]);
    expect(validated.code).toBe(EXIT.ok);
    expect(validated.out.join("\n")).toContain(`${expected.nodes} nodes, ${expected.loaded} deals loaded; 0 errors`);
    expect(validated.out.join("\n")).toContain("gephi.gexf (gexf): 4 nodes, 4 deals loaded");
  });

  it("columns can be named on the command line; a file that cannot load exits 1", async () => {
    const folder = mkdtempSync(join(tmpdir(), "convert-"));
    const failed = await runMain(convert, ["tests/fixtures/odd-columns.csv", join(folder, "x.json")]);
    expect(failed.code).toBe(EXIT.problems);
    expect(failed.out.join("\n")).toContain("columns: choose the startup column");
    expect(failed.err.join("\n")).toContain("odd-columns.csv: cannot be converted");
    const mapped = await runMain(convert, [
      "tests/fixtures/odd-columns.csv",
      join(folder, "x.gexf"),
      "--map",
      "startup=Holding,amount=Money",
    ]);
    expect(mapped.code).toBe(EXIT.ok);
    expect(readFileSync(join(folder, "x.gexf"), "utf8")).toContain("<gexf");
    const broken = await runMain(validate, ["tests/fixtures/broken.json"]);
    expect(broken.code).toBe(EXIT.problems);
    expect(broken.out.join("\n")).toMatch(/^error: /m);
    const missing = await runMain(validate, [join(folder, "nothing-here.json")]);
    expect(missing).toMatchObject({ code: EXIT.problems, out: [] });
    expect(missing.err.join("\n")).toMatch(/nothing-here\.json: cannot read/);
  });

  it("bad usage exits 2 with the usage on stderr; --help prints it on stdout and exits 0", async () => {
    for (const [main, argv] of [
      [convert, ["only-one.csv"]],
      [convert, ["a.csv", "b.json", "--bogus"]],
      [validate, []],
      [validate, ["--map", "x"]],
    ] as const) {
      const run = await runMain(main, argv, "usage: npm run …");
      expect(run.code, argv.join(" ")).toBe(EXIT.usage);
      expect(run.out).toEqual([]);
      expect(run.err.join("\n")).toContain("usage: npm run …");
    }
    expect((await runMain(convert, ["--help"])).out.join("\n")).toMatch(/^usage: npm run convert -- /);
    expect((await runMain(validate, ["--help"])).out.join("\n")).toMatch(/^usage: npm run validate -- /);
  });
});
