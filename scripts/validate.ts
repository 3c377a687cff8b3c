// `npm run validate -- file.json [...]`: checks data files against format v1 the way the app reads
// them, printing every problem with its place. Exit code 1 when any file has an error.
import { readFileSync } from "node:fs";
import { formatIssue } from "../src/io/issues";
import { parseInvestmentGraphText } from "../src/io/parse";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run validate -- <file.json> [more.json ...]");
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`${file}: cannot read (${error instanceof Error ? error.message : String(error)})`);
    failed = true;
    continue;
  }
  const { dataset, issues } = parseInvestmentGraphText(text);
  for (const issue of issues) console.log(`${issue.severity}: ${formatIssue(issue, file)}`);
  const errors = issues.filter((issue) => issue.severity === "error").length;
  if (dataset) console.log(`${file}: ${dataset.nodes.length} nodes, ${dataset.deals.length} deals loaded; ${errors} errors, ${issues.length - errors} warnings`);
  else console.log(`${file}: cannot be loaded`);
  if (errors > 0 || !dataset) failed = true;
}
process.exit(failed ? 1 : 0);
