// `npm run layout -- in.json out.json [--iterations N] [--seed S]`: bakes ForceAtlas2 positions
// into a format-v1 file, seeded and deterministic, so embeds never lay out. Barnes-Hut above 2,000
// nodes. Reads and writes the document as it is, adding only x and y to each node.
import { readFileSync, writeFileSync } from "node:fs";
import { formatIssue } from "../src/io/issues";
import { parseInvestmentGraphText } from "../src/io/parse";
import { bakeLayout } from "../src/layout/bake";
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
const started = performance.now();
const { positions, iterations, seed } = bakeLayout(graph, {
  iterations: option("--iterations"),
  seed: option("--seed"),
  onProgress: (done, total) => process.stderr.write(`\r${done}/${total} iterations`),
});
process.stderr.write(`\r${iterations}/${iterations} iterations in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

// Write positions into the original document (rows skipped by validation stay as they were).
const document = JSON.parse(text) as { nodes: Array<Record<string, unknown>> };
const positionById = new Map<string, readonly [number, number]>();
dataset.nodes.forEach((node, i) => {
  const position = positions[i];
  if (position) positionById.set(node.id, position);
});
for (const node of document.nodes) {
  const position = typeof node["id"] === "string" ? positionById.get(node["id"]) : undefined;
  if (position) [node["x"], node["y"]] = position;
}
writeFileSync(output, `${JSON.stringify(document)}\n`);
console.log(`wrote ${output}: ${graph.order} nodes laid out (${iterations} iterations, seed ${seed})`);
