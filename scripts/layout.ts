// `npm run layout -- in.json out.json [--iterations N] [--seed S]`: bakes ForceAtlas2 positions
// into a format-v1 file, seeded and deterministic, so embeds never lay out. Barnes-Hut above 2,000
// nodes. Reads and writes the document as it is, adding only x and y to each node.
import { readFileSync, writeFileSync } from "node:fs";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import { formatIssue } from "../src/io/issues";
import { parseInvestmentGraphText } from "../src/io/parse";
import { buildMatrices, layoutIterations, layoutSettings, PPN, seededPositions } from "../src/layout/matrices";
import { createModel } from "../src/model/model";

const args = process.argv.slice(2);
const option = (name: string): number | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : undefined;
};
const [input, output] = args.filter((arg, i) => !arg.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (!input || !output) {
  console.error("usage: npm run layout -- <in.json> <out.json> [--iterations N] [--seed S]");
  process.exit(2);
}

const text = readFileSync(input, "utf8");
const { dataset, issues } = parseInvestmentGraphText(text);
for (const issue of issues) console.error(`${issue.severity}: ${formatIssue(issue, input)}`);
if (!dataset) process.exit(1);

const model = createModel(dataset, input);
const { graph } = model;
const iterations = option("--iterations") ?? layoutIterations(graph.order);
const seed = option("--seed") ?? 42;
const { nodes, edges } = buildMatrices(graph, seededPositions(graph.order, seed));
const settings = layoutSettings(graph.order);
const started = performance.now();
for (let k = 0; k < iterations; k++) {
  iterate(settings, nodes, edges);
  if (k % 50 === 49) process.stderr.write(`\r${k + 1}/${iterations} iterations`);
}
process.stderr.write(`\r${iterations}/${iterations} iterations in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

// Write positions into the original document (rows skipped by validation stay as they were).
const document = JSON.parse(text) as { nodes: Array<Record<string, unknown>> };
const round = (value: number): number => Math.round(value * 100) / 100;
const positionById = new Map<string, [number, number]>();
dataset.nodes.forEach((node, i) => positionById.set(node.id, [round(nodes[i * PPN] ?? 0), round(nodes[i * PPN + 1] ?? 0)]));
for (const node of document.nodes) {
  const position = typeof node["id"] === "string" ? positionById.get(node["id"]) : undefined;
  if (position) [node["x"], node["y"]] = position;
}
writeFileSync(output, `${JSON.stringify(document)}\n`);
console.log(`wrote ${output}: ${graph.order} nodes laid out (${iterations} iterations, seed ${seed})`);
