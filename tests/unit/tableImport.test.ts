// Arrow and Parquet tables (written here, at test time) load exactly as the same table as CSV: the
// everyday header names, typed columns (timestamps, days, int64, decimal, dictionary strings), nulls
// as undisclosed (never zero), the unknown column reported, the bad row skipped with its row number.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { main as convert } from "../../scripts/convert";
import { main as validate } from "../../scripts/validate";
import { runMain } from "./cliRun";
import { Compression, dealArrow, dealCsv, dealParquet, type DealTableOptions } from "../../scripts/lib/dealTables";
import { guessMapping } from "../../src/io/csvColumns";
import { finishCsv, importText, type ImportResult } from "../../src/io/importText";
import { isForWorker, isTableFile, readStream } from "../../src/io/load";
import { readBody } from "../../src/io/loadTable";
import { parseInvestmentGraphText } from "../../src/io/parse";
import { decimalText } from "../../src/io/tableCells";
import { tableFileFormat, type TableFileFormat } from "../../src/io/tableFile";
import { readTableFile } from "../../src/io/tableRead";
import { MAX_INPUT_BYTES, MAX_TAB_DEALS } from "../../src/io/limits";
import { fileTooLarge, tooBigFor, tooManyDeals } from "../../src/io/tooBig";

async function importTable(bytes: Uint8Array, format: TableFileFormat): Promise<ImportResult> {
  const read = await readTableFile(bytes, format);
  if ("issue" in read) throw new Error(read.issue.message);
  const guess = guessMapping(read.table.headers);
  expect(guess.confident).toBe(true);
  return finishCsv({ table: read.table, guess, format }, guess.mapping, `deals.${format}`);
}

const dealsOf = (result: ImportResult) =>
  (result.dataset?.deals ?? []).map(({ investor, target, date, amountUsd, form }) => ({ investor, target, date, amountUsd, form }));

const arrowFile: DealTableOptions = { rows: 400, amounts: "decimal" };
const arrowStream: DealTableOptions = { rows: 400, dates: "day" };
const parquetSnappy: DealTableOptions = { rows: 400, amounts: "decimal", seed: 3 };
const parquetZstd: DealTableOptions = { rows: 400, dates: "day", seed: 5 };
const cases: { name: string; options: DealTableOptions; bytes: () => Uint8Array; format: TableFileFormat }[] = [
  { name: "Arrow file, decimal(18,2), timestamps", options: arrowFile, format: "arrow", bytes: () => dealArrow(arrowFile, "file").bytes },
  { name: "Arrow stream, int64, days", options: arrowStream, format: "arrow", bytes: () => dealArrow(arrowStream, "stream").bytes },
  { name: "Parquet snappy, decimal, timestamps", options: parquetSnappy, format: "parquet", bytes: () => dealParquet(parquetSnappy).bytes },
  {
    name: "Parquet zstd, int64, days",
    options: parquetZstd,
    format: "parquet",
    bytes: () => dealParquet(parquetZstd, Compression.ZSTD).bytes,
  },
];

describe("Arrow and Parquet tables", () => {
  for (const { name, options, bytes, format } of cases) {
    it(`${name}: the same deals as the CSV, the bad row and the unused column reported`, async () => {
      const data = bytes();
      expect(tableFileFormat(data.subarray(0, 8))).toBe(format);
      const result = await importTable(data, format);
      const csv = dealCsv(options);
      const fromCsv = importText(csv.text, "deals.csv");
      const { expected } = csv;
      expect(result.format).toBe(format);
      expect(result.summary).toMatchObject({ rows: expected.rows, loaded: expected.loaded, skipped: 1, undisclosed: expected.undisclosed });
      expect(result.summary.undated).toBe(expected.undated);
      expect(dealsOf(result)).toEqual(dealsOf(fromCsv));
      const first = result.dataset?.deals[0];
      expect(first).toMatchObject({ investor: expected.first.investor, target: expected.first.startup, date: expected.first.date });
      expect(first?.amountUsd).toBe(expected.first.amountUsd);
      // Null amounts are undisclosed, never zero; the disclosed ones sum exactly (cents included).
      const deals = result.dataset?.deals ?? [];
      expect(deals.filter((deal) => deal.amountUsd === null).length).toBe(expected.undisclosed);
      expect(deals.some((deal) => deal.amountUsd === 0)).toBe(false);
      expect(deals.reduce((sum, deal) => sum + (deal.amountUsd ?? 0), 0)).toBeCloseTo(expected.amountUsd, 2);
      expect(result.issues).toContainEqual({ severity: "error", path: `row ${expected.badRow}`, message: "empty startup; row skipped" });
      expect(result.issues.some((issue) => issue.path === "columns" && issue.message.includes('column not used: "notes"'))).toBe(true);
      expect(new Set(deals.map((deal) => deal.form))).toEqual(new Set(dealsOf(fromCsv).map((deal) => deal.form)));
    });
  }

  it("unfamiliar column names leave the mapping to a person, as for a CSV", async () => {
    const table = tableFromArrays({ Backer: ["A", "B"], Portfolio: ["X", "Y"], Money: Float64Array.from([1e6, 2e6]) });
    const read = await readTableFile(tableToIPC(table, "file"), "arrow");
    if ("issue" in read) throw new Error(read.issue.message);
    expect(read.table.headers).toEqual(["Backer", "Portfolio", "Money"]);
    expect(guessMapping(read.table.headers).confident).toBe(false);
    const mapping = { ...guessMapping(read.table.headers).mapping, investor: 0, startup: 1, amount: 2 };
    const result = finishCsv({ table: read.table, guess: guessMapping(read.table.headers), format: "arrow" }, mapping, "odd.arrow");
    expect(dealsOf(result).map((deal) => deal.amountUsd)).toEqual([1e6, 2e6]);
  });

  it("a damaged file is refused with a message, not thrown", async () => {
    const whole = dealParquet({ rows: 50 }).bytes;
    const cut = await readTableFile(whole.subarray(0, whole.length - 40), "parquet");
    expect("issue" in cut && cut.issue.message).toMatch(/^not a readable Parquet file \(.+\); refused$/);
    const arrow = dealArrow({ rows: 50 }).bytes;
    const broken = await readTableFile(arrow.subarray(0, 200), "arrow");
    expect("issue" in broken && broken.issue.message).toMatch(/^not a readable Apache Arrow file/);
  });

  it("decimals are exact, negative ones too (the CSV checks then refuse them)", () => {
    expect(decimalText(Uint32Array.from([12345, 0, 0, 0]), 2)).toBe("123.45");
    expect(decimalText(Uint32Array.from([5, 0, 0, 0]), 3)).toBe("0.005");
    expect(decimalText(Uint32Array.from([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff]), 0)).toBe("-1");
    expect(decimalText(Uint32Array.from([7, 0, 0, 0]), -3)).toBe("7000");
  });
});

const streamOf = (bytes: Uint8Array, size: number): ReadableStream<Uint8Array> =>
  new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
      controller.close();
    },
  });

describe("telling a table from text by its first bytes", () => {
  it("a table read in 3-byte chunks comes back whole; text readers refuse it with the worker's note", async () => {
    const bytes = dealParquet({ rows: 30 }).bytes;
    const read = await readBody(streamOf(bytes, 3), 1e8, bytes.length);
    expect("table" in read && read.table).toBe("parquet");
    expect("bytes" in read && Buffer.from(read.bytes).equals(Buffer.from(bytes))).toBe(true);
    const text = await readStream(streamOf(bytes, 5), 1e8, null);
    expect("issue" in text && isTableFile(text.issue) && isForWorker(text.issue)).toBe(true);
    const csv = await readBody(streamOf(new TextEncoder().encode("a,b\n1,2\n"), 2), 1e8, null);
    expect("text" in csv && csv.text).toBe("a,b\n1,2\n");
    const tiny = await readBody(streamOf(new TextEncoder().encode("a,b"), 1), 1e8, null);
    expect("text" in tiny && tiny.text).toBe("a,b");
  });

  it("text, JSON and UTF-16 are never taken for a table", () => {
    for (const text of ["investor,startup\n", '{"format":"investment-graph"}', "ARROW", "PAR"])
      expect(tableFileFormat(new TextEncoder().encode(text).subarray(0, 8))).toBeNull();
    expect(tableFileFormat(Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x62, 0, 0x63, 0]))).toBeNull();
  });
});

describe("npm run validate and convert on Arrow and Parquet", () => {
  it("validate reports the bad row by number; convert writes format v1 that holds the deals", async () => {
    const folder = mkdtempSync(join(tmpdir(), "tables-"));
    const arrow = dealArrow({ rows: 300, amounts: "decimal" });
    const parquet = dealParquet({ rows: 300, dates: "day" }, Compression.ZSTD);
    writeFileSync(join(folder, "deals.arrow"), arrow.bytes);
    writeFileSync(join(folder, "deals.parquet"), parquet.bytes);
    const validated = await runMain(validate, [join(folder, "deals.arrow"), join(folder, "deals.parquet")]);
    expect(validated.code).toBe(1); // the bad row is an error
    expect(validated.out.join("\n")).toContain(`deals.arrow: row ${arrow.expected.badRow}: empty startup; row skipped`);
    expect(validated.out.join("\n")).toContain(`deals.arrow (arrow): `);
    expect(validated.out.join("\n")).toContain(`${arrow.expected.loaded} deals loaded; 1 errors, 1 warnings`);
    expect(validated.out.join("\n")).toContain(`deals.parquet (parquet): `);
    const converted = await runMain(convert, [join(folder, "deals.parquet"), join(folder, "out.json")]);
    expect(converted.code).toBe(0);
    expect(converted.out.join("\n")).toContain(
      `(parquet): ${parquet.expected.loaded} of ${parquet.expected.rows} rows loaded, 1 skipped, 1 warnings; ${parquet.expected.undated} undated, ${parquet.expected.undisclosed} undisclosed kept`,
    );
    const { dataset } = parseInvestmentGraphText(readFileSync(join(folder, "out.json"), "utf8"));
    expect(dataset?.deals.length).toBe(parquet.expected.loaded);
    expect(dataset?.deals.filter((deal) => deal.amountUsd == null).length).toBe(parquet.expected.undisclosed);
    const mapped = await runMain(convert, [join(folder, "deals.arrow"), join(folder, "m.json"), "--map", "startup=notes"]);
    expect(mapped.code).toBe(0);
    expect(mapped.out.join("\n")).toContain('column not used: "company_name"');
  }, 30_000);
});

describe("the tab's limits", () => {
  it("size and deal refusals are told apart from other problems", () => {
    expect(tooBigFor(tooManyDeals(MAX_TAB_DEALS + 1))).toBe("deals");
    expect(tooManyDeals(400_000).message).toBe(
      `400000 rows; this tab lays out at most ${MAX_TAB_DEALS} deals (npm run convert, then npm run layout, make a JSON with positions that opens); refused`,
    );
    expect(tooBigFor(fileTooLarge(MAX_INPUT_BYTES + 1))).toBe("bytes");
    expect(tooBigFor({ severity: "error", path: "", message: "the data is larger than 160 MB (170 MB or more); refused" })).toBe("bytes");
    expect(tooBigFor({ severity: "error", path: "line 3", message: "empty startup; row skipped" })).toBeNull();
  });
});
