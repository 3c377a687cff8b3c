// `npm run layout -- in.json out.json [--seed S] [--iterations N]`: bakes positions into a format-v1
// file with the app's layout engine (seeded, deterministic), so embeds never lay out. Reads and
// writes the document as it is, adding only x and y to each node. Progress and problems on stderr.
import { readFileSync, writeFileSync } from "node:fs";
import { formatIssue } from "../src/io/issues";
import { parseInvestmentGraphText } from "../src/io/parse";
import { bakeLayout } from "../src/layout/bake";
import { DEFAULT_ENGINE } from "../src/layout/engine";
import { EXIT, parseCli, progress, runIfMain, UsageError, type CliIo } from "./lib/cli";

const USAGE = `usage: npm run layout -- <in.json> <out.json> [--seed S] [--iterations N]

Lays out a format-v1 investment graph and writes it with x, y on every node.
  --seed S         seed of the start positions (default 42); same data and seed, same picture
  --iterations N   plain force steps for each large part, without the coarsening (default: parts of
                   ${DEFAULT_ENGINE.multilevelFrom.toLocaleString("en-US")}+ nodes go through a hierarchy: ${DEFAULT_ENGINE.levelSteps.coarsest} steps at the coarsest level,
                   ${DEFAULT_ENGINE.levelSteps.between} at each between, ${DEFAULT_ENGINE.levelSteps.finest} at the part itself; smaller ones ${DEFAULT_ENGINE.iterations(100)})
  --help           this text
Exit codes: 0 written, 1 the input has problems (listed on stderr), 2 bad usage.`;

function wholeNumber(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`--${name}: expected a whole number >= 0, got "${text}"`);
  return value;
}

export function main(argv: readonly string[], io: CliIo): number {
  const parsed = parseCli(argv, { seed: { type: "string" }, iterations: { type: "string" } }, USAGE, io);
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  const [input, output] = positionals;
  if (!input || !output || positionals.length > 2) throw new UsageError("expected an input and an output file");
  const seed = wholeNumber("seed", values.seed);
  const iterations = wholeNumber("iterations", values.iterations);

  let text: string;
  try {
    text = readFileSync(input, "utf8");
  } catch (error) {
    io.err(`${input}: cannot read (${error instanceof Error ? error.message : String(error)})`);
    return EXIT.problems;
  }
  const { dataset, issues } = parseInvestmentGraphText(text);
  for (const issue of issues) io.err(`${issue.severity}: ${formatIssue(issue, input)}`);
  if (!dataset) return EXIT.problems;

  const started = performance.now();
  const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
  const baked = bakeLayout(dataset, {
    ...(seed === undefined ? {} : { seed }),
    ...(iterations === undefined ? {} : { iterations }),
    onProgress: progress("layout", io),
  });

  // Positions go into the original document (rows skipped by validation stay as they were).
  const document = JSON.parse(text) as { nodes: Array<Record<string, unknown>> };
  const positionById = new Map<string, readonly [number, number]>();
  dataset.nodes.forEach((node, i) => {
    const position = baked.positions[i];
    if (position) positionById.set(node.id, position);
  });
  for (const node of document.nodes) {
    const position = typeof node["id"] === "string" ? positionById.get(node["id"]) : undefined;
    if (position) [node["x"], node["y"]] = position;
  }
  try {
    writeFileSync(output, `${JSON.stringify(document)}\n`);
  } catch (error) {
    io.err(`${output}: cannot write (${error instanceof Error ? error.message : String(error)})`);
    return EXIT.problems;
  }
  io.err(`wrote ${output}: ${dataset.nodes.length} nodes laid out (seed ${baked.seed}) in ${seconds()} s`);
  return EXIT.ok;
}

runIfMain(import.meta.url, USAGE, main);
