// The command-line conventions, in-process: --help prints usage and exits 0, a wrong call exits 2
// with the message on stderr, a thrown problem exits 1, progress goes to stderr.
import { describe, expect, it } from "vitest";
import { EXIT, parseCli, progress, runCli, UsageError, type CliIo } from "../../scripts/lib/cli";
import { main as schemaMain } from "../../scripts/emit-schema";

function buffers(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

describe("command-line conventions", () => {
  it("--help prints the usage on stdout and exits 0", async () => {
    const io = buffers();
    expect(await runCli("usage: npm run schema", schemaMain, ["--help"], io)).toBe(EXIT.ok);
    expect(io.stdout.join("\n")).toContain("usage: npm run schema");
    expect(io.stderr).toEqual([]);
  });

  it("an unknown flag or argument exits 2 with the message and usage on stderr", async () => {
    for (const argv of [["--bogus"], ["extra"]]) {
      const io = buffers();
      expect(await runCli("usage: npm run schema", schemaMain, argv, io)).toBe(EXIT.usage);
      expect(io.stderr.join("\n")).toMatch(/bogus|extra/);
      expect(io.stderr.join("\n")).toContain("usage: npm run schema");
      expect(io.stdout).toEqual([]);
    }
  });

  it("a problem thrown by the command exits 1 with its message on stderr", async () => {
    const io = buffers();
    const code = await runCli("usage", () => Promise.reject(new Error("deals[3]: no node")), [], io);
    expect(code).toBe(EXIT.problems);
    expect(io.stderr).toEqual(["error: deals[3]: no node"]);
  });

  it("parses typed options strictly", () => {
    const io = buffers();
    const parsed = parseCli(["--seed", "7", "in.json"], { seed: { type: "string" } }, "usage", io);
    expect(parsed?.values.seed).toBe("7");
    expect(parsed?.positionals).toEqual(["in.json"]);
    expect(() => parseCli(["--seed"], { seed: { type: "string" } }, "usage", io)).toThrow(UsageError);
  });

  it("progress reports each tenth once, on stderr", () => {
    const io = buffers();
    const report = progress("layout", io);
    for (let done = 0; done <= 100; done++) report(done, 100);
    expect(io.stderr).toEqual(Array.from({ length: 11 }, (_, i) => `layout ${i * 10}%`));
  });
});
