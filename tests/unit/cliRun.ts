// Runs a command's `main` in-process, as `runIfMain` would, with stdout and stderr caught as lines.
import { runCli, type CliIo } from "../../scripts/lib/cli";

export interface CliRun {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

type Main = (argv: readonly string[], io: CliIo) => number | Promise<number>;

export async function runMain(main: Main, argv: readonly string[], usage = "usage"): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(usage, main, argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}
