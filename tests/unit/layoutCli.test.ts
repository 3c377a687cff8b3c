// `npm run layout`: bakes positions into a file, the same ones every time and the same as the app's
// engine gives, so the app then needs no layout (every node has x and y). Run in-process (main).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseInvestmentGraphText } from "../../src/io/parse";
import { createLayoutRun } from "../../src/layout/engine";
import { linkPairsOf } from "../../src/layout/linkPairs";
import { createModel } from "../../src/model/model";
import { hasBakedLayout } from "../../src/model/graph";
import { datasetLinks } from "../../src/layout/bake";
import { EXIT } from "../../scripts/lib/cli";
import { main } from "../../scripts/layout";
import { runMain } from "./cliRun";

const call = (argv: readonly string[]) => runMain(main, argv);

const folder = mkdtempSync(join(tmpdir(), "layout-"));
const FIXTURE = "tests/fixtures/unbaked.json";

describe("layout command", () => {
  it("writes a valid file with a position for every node, identical on a second run", async () => {
    const [a, b] = [join(folder, "a.json"), join(folder, "b.json")];
    expect((await call([FIXTURE, a, "--iterations", "200"])).code).toBe(EXIT.ok);
    expect((await call([FIXTURE, b, "--iterations", "200"])).code).toBe(EXIT.ok);
    const first = readFileSync(a, "utf8");
    expect(readFileSync(b, "utf8")).toBe(first);
    const { dataset, issues } = parseInvestmentGraphText(first);
    expect(issues).toEqual([]);
    expect(dataset && hasBakedLayout(dataset)).toBe(true);
    const positions = new Set(dataset?.nodes.map((node) => `${node.x},${node.y}`));
    expect(positions.size).toBe(dataset?.nodes.length);
  }, 60_000);

  it("gives the engine the links the app's worker gets, so the baked picture is the app's", () => {
    const { dataset } = parseInvestmentGraphText(readFileSync(FIXTURE, "utf8"));
    if (!dataset) throw new Error("fixture does not parse");
    const model = createModel(dataset, FIXTURE);
    expect([...datasetLinks(dataset)]).toEqual([...linkPairsOf(model.graph)]);
    const run = createLayoutRun({ count: dataset.nodes.length, links: linkPairsOf(model.graph) });
    while (run.step());
    expect(run.positions().length).toBe(2 * dataset.nodes.length);
  });

  it("says what is wrong: bad usage exits 2 with the usage, a broken file exits 1 naming its problem", async () => {
    expect(await call(["only-one.json"])).toMatchObject({ code: EXIT.usage });
    expect((await call([FIXTURE, join(folder, "c.json"), "--seed=-3"])).err.join("\n")).toMatch(/--seed: expected a whole number/);
    expect((await call(["--help"])).out.join("\n")).toMatch(/usage: npm run layout/);
    const broken = join(folder, "broken.json");
    writeFileSync(broken, '{"format": "investment-graph", "version": 1, "nodes": [{"id": "a"}], "deals": [');
    const result = await call([broken, join(folder, "d.json")]);
    expect(result.code).toBe(EXIT.problems);
    expect(result.err.join("\n")).toMatch(/broken\.json/);
  });
});
