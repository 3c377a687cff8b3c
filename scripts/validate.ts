// `npm run validate -- file [...]`: checks data files (format v1 JSON, graphology JSON, GEXF, CSV, Arrow, Parquet) the
// way the app reads them, printing every problem with its place. Exit code 1 when any file has an error.
import { formatIssue } from "../src/io/issues";
import { EXIT, parseCli, runIfMain, UsageError, type CliIo } from "./lib/cli";
import { importAnyFile } from "./lib/nodeImport";

const USAGE = `usage: npm run validate -- <file.json|.csv|.gexf|.arrow|.parquet> [more ...]

Reads each file the way the app does and lists every problem with its place (line, row or path).
  --help   this text
Exit codes: 0 every file loads without errors, 1 a file has errors or cannot be read, 2 bad usage.`;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCli(argv, {}, USAGE, io);
  if (!parsed) return EXIT.ok;
  const files = parsed.positionals;
  if (files.length === 0) throw new UsageError("expected at least one file");
  let failed = false;
  for (const file of files) {
    const result = await importAnyFile(file);
    if ("error" in result) {
      io.err(`${file}: ${result.error}`);
      failed = true;
      continue;
    }
    const { dataset, issues, summary, format } = result;
    for (const issue of issues) io.out(`${issue.severity}: ${formatIssue(issue, file)}`);
    const errors = issues.filter((issue) => issue.severity === "error").length;
    if (dataset)
      io.out(
        `${file} (${format}): ${dataset.nodes.length} nodes, ${dataset.deals.length} deals loaded; ${errors} errors, ${summary.warnings} warnings`,
      );
    else io.err(`${file}: cannot be loaded`);
    if (errors > 0 || !dataset) failed = true;
  }
  return failed ? EXIT.problems : EXIT.ok;
}

runIfMain(import.meta.url, USAGE, main);
