// `npm run layout -- in.json out.json [--seed S] [--iterations N]`: bakes positions into a format-v1
// file with the app's layout engine (seeded, deterministic), so embeds never lay out. Reads and
// writes the document as it is, adding only x and y to each node. Progress and problems on stderr.
import { readFileSync, writeFileSync } from "node:fs";
import { formatIssue } from "../src/io/issues";
import { parseInvestmentGraphText } from "../src/io/parse";
import { createLayoutRun, DEFAULT_ENGINE } from "../src/layout/engine";

const USAGE = `usage: npm run layout -- <in.json> <out.json> [--seed S] [--iterations N]

Lays out a format-v1 investment graph and writes it with x, y on every node.
  --seed S         seed of the start positions (default 42); same data and seed, same picture
  --iterations N   force steps for each large part (default ${DEFAULT_ENGINE.iterations(10_000)})
  --help           this text
Exit codes: 0 written, 1 the input has problems (listed on stderr), 2 bad usage.`;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}
const files: string[] = [];
const numbers = new Map<string, number>();
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? "";
  if (arg === "--seed" || arg === "--iterations") {
    const value = Number(args[++i]);
    if (!Number.isInteger(value) || value < 0) fail(`${arg}: expected a whole number >= 0, got "${args[i] ?? ""}"\n\n${USAGE}`, 2);
    numbers.set(arg, value);
  } else if (arg.startsWith("-")) fail(`unknown option ${arg}\n\n${USAGE}`, 2);
  else files.push(arg);
}
const [input, output] = files;
if (!input || !output || files.length > 2) fail(USAGE, 2);

const started = performance.now();
const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
let text: string;
try {
  text = readFileSync(input, "utf8");
} catch (error) {
  fail(`${input}: cannot read (${error instanceof Error ? error.message : String(error)})`, 1);
}
const { dataset, issues } = parseInvestmentGraphText(text);
for (const issue of issues) console.error(`${issue.severity}: ${formatIssue(issue, input)}`);
if (!dataset) process.exit(1);
process.stderr.write(`read ${dataset.nodes.length} nodes, ${dataset.deals.length} deals in ${seconds()} s\n`);

// Links straight from the deals (node indices), no graph object: a 500k-deal file stays in memory.
const indexById = new Map<string, number>();
dataset.nodes.forEach((node, i) => indexById.set(node.id, i));
const links = new Uint32Array(2 * dataset.deals.length);
let linkCount = 0;
for (const deal of dataset.deals) {
  const a = indexById.get(deal.investor);
  const b = indexById.get(deal.target);
  if (a === undefined || b === undefined) continue;
  links[linkCount++] = a;
  links[linkCount++] = b;
}
const iterations = numbers.get("--iterations");
const seed = numbers.get("--seed") ?? 42;
const run = createLayoutRun({
  count: dataset.nodes.length,
  links: links.subarray(0, linkCount),
  seed,
  ...(iterations === undefined ? {} : { settings: { iterations: (n: number) => (n <= 2 ? 0 : n <= 48 ? Math.min(iterations, 120) : iterations) } }),
});
let reported = 0;
while (run.step()) {
  if (performance.now() - reported > 1000) {
    reported = performance.now();
    process.stderr.write(`\rlayout ${Math.round((100 * run.done) / run.total)}% (${seconds()} s)`);
  }
}
const positions = run.positions();
process.stderr.write(`\rlayout done in ${seconds()} s${" ".repeat(12)}\n`);

// Write positions into the original document (rows skipped by validation stay as they were).
const document = JSON.parse(text) as { nodes: Array<Record<string, unknown>> };
const round = (value: number): number => Math.round(value * 100) / 100;
for (const node of document.nodes) {
  const i = typeof node["id"] === "string" ? indexById.get(node["id"]) : undefined;
  if (i === undefined) continue;
  node["x"] = round(positions[2 * i] ?? 0);
  node["y"] = round(positions[2 * i + 1] ?? 0);
}
try {
  writeFileSync(output, `${JSON.stringify(document)}\n`);
} catch (error) {
  fail(`${output}: cannot write (${error instanceof Error ? error.message : String(error)})`, 1);
}
process.stderr.write(`wrote ${output}: ${dataset.nodes.length} nodes laid out (seed ${seed}) in ${seconds()} s\n`);
