// What every command-line entry point shares: `--help` (usage on stdout, exit 0), errors on stderr,
// one set of exit codes, progress on stderr, and a `main(argv, io)` that tests call in-process.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { fileURLToPath } from "node:url";

/** 0: done; 1: the input had problems (or nothing could be made); 2: the command was called wrongly. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Where a command writes: the process's streams, or buffers in tests. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A mistake in how the command was called: reported with the usage, exit 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses flags strictly; `--help` returns null after printing the usage. */
export function parseCli<O extends Options>(argv: readonly string[], options: O, usage: string, io: CliIo) {
  const config = { args: [...argv], options, allowPositionals: true, strict: true } as const;
  if (argv.includes("--help") || argv.includes("-h")) {
    io.out(usage);
    return null;
  }
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Runs a command's main when the file is executed (not when a test imports it). */
export function runIfMain(moduleUrl: string, usage: string, main: (argv: readonly string[], io: CliIo) => number | Promise<number>): void {
  if (process.argv[1] !== fileURLToPath(moduleUrl)) return;
  void runCli(usage, main, process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}

/** Runs a main, turning thrown errors into messages and exit codes. */
export async function runCli(
  usage: string,
  main: (argv: readonly string[], io: CliIo) => number | Promise<number>,
  argv: readonly string[],
  io: CliIo,
): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n${usage}`);
      return EXIT.usage;
    }
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.problems;
  }
}

/** Progress on stderr: one rewritten line on a terminal, a line per step of 10% elsewhere. */
export function progress(label: string, io: CliIo = processIo): (done: number, total: number) => void {
  let lastTenth = -1;
  const tty = io === processIo && process.stderr.isTTY;
  return (done, total) => {
    const share = total > 0 ? done / total : 1;
    if (tty) {
      process.stderr.write(`\r${label} ${Math.round(share * 100)}%${share >= 1 ? "\n" : ""}`);
      return;
    }
    const tenth = Math.floor(share * 10);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    io.err(`${label} ${tenth * 10}%`);
  };
}
