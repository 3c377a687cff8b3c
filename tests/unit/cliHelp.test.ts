// Every command in package.json that runs a script of ours follows scripts/lib/cli.ts: `--help` prints
// its usage on stdout and exits 0; an unknown flag exits 2 with the message on stderr, before any work.
// Called in-process through each module's `main`.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT, type CliIo } from "../../scripts/lib/cli";
import { runMain } from "./cliRun";

const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
const commands = Object.entries(scripts).flatMap(([name, line]) => {
  const file = /^tsx (scripts\/\S+\.ts)$/.exec(line)?.[1];
  return file ? [{ name, file }] : [];
});

describe("command-line entry points", () => {
  it("are found in package.json", () => {
    expect(commands.map(({ name }) => name)).toEqual(
      expect.arrayContaining(["validate", "convert", "layout", "snapshot", "schema", "publish", "fallback", "data:flagship", "bench"]),
    );
  });

  it.each(commands)(
    "npm run $name: --help exits 0, a bad flag exits 2",
    async ({ name, file }) => {
      const module = (await import(/* @vite-ignore */ resolve(file))) as {
        main?: (argv: readonly string[], io: CliIo) => number | Promise<number>;
      };
      expect(typeof module.main, `${file} exports main(argv, io)`).toBe("function");
      const main = module.main ?? (() => EXIT.problems);
      const help = await runMain(main, ["--help"]);
      expect(help).toMatchObject({ code: EXIT.ok, err: [] });
      expect(help.out.join("\n")).toMatch(new RegExp(`^usage: npm run ${name}\\b`));
      const wrong = await runMain(main, ["--no-such-flag"]);
      expect(wrong).toMatchObject({ code: EXIT.usage, out: [] });
      expect(wrong.err.join("\n")).toMatch(/no-such-flag/);
      // The first import of a command loads its whole module graph (the bench's holds vite and
      // playwright): seconds on a busy 2-core machine, which is no fault of the command.
    },
    30_000,
  );
});
