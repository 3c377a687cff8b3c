// `npm run validate -- file [...]`: checks data files (format v1 JSON, graphology JSON, GEXF, CSV, Arrow, Parquet) the
// way the app reads them, printing every problem with its place. Exit code 1 when any file has an error.
import { formatIssue } from "../src/io/issues";
import { importAnyFile } from "./lib/nodeImport";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run validate -- <file.json|.csv|.gexf|.arrow|.parquet> [more ...]");
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const result = await importAnyFile(file);
  if ("error" in result) {
    console.error(`${file}: ${result.error}`);
    failed = true;
    continue;
  }
  const { dataset, issues, summary, format } = result;
  for (const issue of issues) console.log(`${issue.severity}: ${formatIssue(issue, file)}`);
  const errors = issues.filter((issue) => issue.severity === "error").length;
  if (dataset)
    console.log(
      `${file} (${format}): ${dataset.nodes.length} nodes, ${dataset.deals.length} deals loaded; ${errors} errors, ${summary.warnings} warnings`,
    );
  else console.log(`${file}: cannot be loaded`);
  if (errors > 0 || !dataset) failed = true;
}
process.exit(failed ? 1 : 0);
