// `npm run convert -- in.csv out.json [--map investor=Backer,startup=Company] [--report report.txt]`:
// reads any supported format like the page does and writes format v1 JSON (or .gexf / .csv by name).
import { writeFileSync } from "node:fs";
import { write as gexfWrite } from "graphology-gexf/node";
import { viewFile, type ViewFormat } from "../src/export/viewExport";
import { computeVisible } from "../src/filter/visible";
import { formatIssue } from "../src/io/issues";
import { reportText } from "../src/io/importText";
import { createModel } from "../src/model/model";
import { DEFAULT_FILTERS } from "../src/state/filters";
import { importAnyFile } from "./lib/nodeImport";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const map = option("--map");
const reportPath = option("--report");
const [input, output] = args;
if (!input || !output) {
  console.error(
    "usage: npm run convert -- <in.csv|.json|.gexf|.arrow|.parquet> <out.json|.gexf|.csv> [--map investor=Col,startup=Col,...] [--report report.txt]",
  );
  process.exit(2);
}
const format: ViewFormat = output.endsWith(".gexf") ? "gexf" : output.endsWith(".csv") ? "csv" : "json";
const result = await importAnyFile(input, map);
if ("error" in result) {
  console.error(`${input}: ${result.error}`);
  process.exit(1);
}
const { dataset, issues, summary } = result;
for (const issue of issues.slice(0, 20)) console.log(`${issue.severity}: ${formatIssue(issue, input)}`);
if (issues.length > 20)
  console.log(`... and ${issues.length - 20} more${reportPath ? ` (all in ${reportPath})` : " (--report file.txt writes them all)"}`);
if (reportPath) writeFileSync(reportPath, reportText(input, result));
console.log(
  `${input} (${result.format}): ${summary.loaded} of ${summary.rows} rows loaded, ${summary.skipped} skipped, ${summary.warnings} warnings; ${summary.undated} undated, ${summary.undisclosed} undisclosed kept`,
);
if (!dataset) {
  console.error(`${input}: cannot be converted`);
  process.exit(1);
}
const model = createModel(dataset, input);
const file = viewFile(model, computeVisible(model.index, dataset.nodes.length, DEFAULT_FILTERS), format, gexfWrite);
writeFileSync(output, file.text);
console.log(`wrote ${output}: ${dataset.nodes.length} nodes, ${dataset.deals.length} deals`);
