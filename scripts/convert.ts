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
import { EXIT, parseCli, runIfMain, UsageError, type CliIo } from "./lib/cli";
import { importAnyFile } from "./lib/nodeImport";

const USAGE = `usage: npm run convert -- <in.csv|.json|.gexf|.arrow|.parquet> <out.json|.gexf|.csv> [--map investor=Col,startup=Col,...] [--report report.txt]

Reads a data file the way the app does and writes it as format v1 JSON (or GEXF / CSV, by the output's name).
  --map F=Col,...   which column holds each field of a CSV (investor, startup, amount, date, form, ...)
  --report FILE     writes every problem found, with its line, to FILE (the screen shows the first 20)
  --help            this text
Exit codes: 0 written, 1 the input cannot be converted (or written), 2 bad usage.`;

const SHOWN = 20;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCli(argv, { map: { type: "string" }, report: { type: "string" } }, USAGE, io);
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  const [input, output] = positionals;
  if (!input || !output || positionals.length > 2) throw new UsageError("expected an input and an output file");
  const format: ViewFormat = output.endsWith(".gexf") ? "gexf" : output.endsWith(".csv") ? "csv" : "json";
  io.err(`reading ${input}…`);
  const result = await importAnyFile(input, values.map);
  if ("error" in result) {
    io.err(`${input}: ${result.error}`);
    return EXIT.problems;
  }
  const { dataset, issues, summary } = result;
  for (const issue of issues.slice(0, SHOWN)) io.out(`${issue.severity}: ${formatIssue(issue, input)}`);
  if (issues.length > SHOWN)
    io.out(`... and ${issues.length - SHOWN} more${values.report ? ` (all in ${values.report})` : " (--report file.txt writes them all)"}`);
  if (values.report) writeFileSync(values.report, reportText(input, result));
  io.out(
    `${input} (${result.format}): ${summary.loaded} of ${summary.rows} rows loaded, ${summary.skipped} skipped, ${summary.warnings} warnings; ${summary.undated} undated, ${summary.undisclosed} undisclosed kept`,
  );
  if (!dataset) {
    io.err(`${input}: cannot be converted`);
    return EXIT.problems;
  }
  io.err(`writing ${output}…`);
  const model = createModel(dataset, input);
  const file = viewFile(model, computeVisible(model.index, dataset.nodes.length, DEFAULT_FILTERS), format, gexfWrite);
  writeFileSync(output, file.text);
  io.out(`wrote ${output}: ${dataset.nodes.length} nodes, ${dataset.deals.length} deals`);
  return EXIT.ok;
}

runIfMain(import.meta.url, USAGE, main);
