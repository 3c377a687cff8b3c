// A seeded deal table as a notebook or DuckDB would export it: the same rows as Arrow (IPC file or
// stream), Parquet and CSV, with typed columns (dictionary-encoded names and forms, timestamps,
// int64 or decimal amounts, nulls), one unknown column and one bad row (no company). For tests and
// the load-time figures only; generated when needed, never committed.
import {
  DateDay,
  Decimal,
  Dictionary,
  Int32,
  Int64,
  TimestampMillisecond,
  Utf8,
  Table,
  tableToIPC,
  vectorFromArray,
  type Vector,
} from "apache-arrow";
import { Compression, Table as WasmTable, WriterPropertiesBuilder, writeParquet } from "parquet-wasm/node";

export interface DealTableOptions {
  readonly rows: number;
  readonly seed?: number;
  /** int64 whole dollars (DuckDB's BIGINT) or decimal(18,2) (a money column); default int64. */
  readonly amounts?: "int64" | "decimal";
  /** Timestamps (pandas datetime64) or days (DuckDB DATE); default timestamps. */
  readonly dates?: "timestamp" | "day";
}

export interface DealTableExpectation {
  readonly rows: number;
  readonly loaded: number;
  /** The 1-based row with no company (skipped). */
  readonly badRow: number;
  readonly undisclosed: number;
  readonly undated: number;
  /** Disclosed dollars of the loaded rows. */
  readonly amountUsd: number;
  /** Row 1's values, as the app must show them. */
  readonly first: { readonly investor: string; readonly startup: string; readonly date: string; readonly amountUsd: number | null };
}

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (1664525 * state + 1013904223) % 4294967296) / 4294967296;
}

const FORMS = ["seed", "series_a", "series_b", "venture", "angel", "debt_financing", "grant"];

export interface DealColumns {
  readonly investor: (string | null)[];
  readonly company: (string | null)[];
  readonly dateMs: (number | null)[];
  readonly amountCents: (bigint | null)[];
  readonly form: (string | null)[];
  readonly note: (string | null)[];
}

export function dealColumns(options: DealTableOptions): { columns: DealColumns; expected: DealTableExpectation } {
  const random = lcg(options.seed ?? 7);
  const n = options.rows;
  const investors = Math.max(2, Math.round(n / 8));
  const companies = Math.max(2, Math.round(n / 2));
  const badRow = Math.min(n, 3);
  const columns: DealColumns = { investor: [], company: [], dateMs: [], amountCents: [], form: [], note: [] };
  let undisclosed = 0;
  let undated = 0;
  let amountUsd = 0;
  for (let r = 1; r <= n; r++) {
    // Heavy-tailed: a few investors make most deals.
    const investor = `Fund ${Math.floor(investors * random() ** 3)}`;
    const company = r === badRow ? null : `Company ${Math.floor(companies * random())}`;
    const dated = r === 1 || random() > 0.05;
    const dateMs = dated ? Date.UTC(2012 + Math.floor(random() * 12), Math.floor(random() * 12), 1 + Math.floor(random() * 28), 13) : null;
    // Undisclosed amounts are null, never 0; cents only in decimal tables.
    const disclosed = r === 1 || random() > 0.3;
    const dollars = Math.round(10 ** (5 + random() * 4));
    const cents = disclosed ? BigInt(dollars) * 100n + (options.amounts === "decimal" ? 25n : 0n) : null;
    columns.investor.push(investor);
    columns.company.push(company);
    columns.dateMs.push(dateMs);
    columns.amountCents.push(cents);
    columns.form.push(FORMS[Math.floor(random() * FORMS.length)] ?? null);
    columns.note.push(random() > 0.5 ? "from the notebook" : null);
    if (company === null) continue;
    if (cents === null) undisclosed++;
    else amountUsd += Number(cents) / 100;
    if (dateMs === null) undated++;
  }
  const firstCents = columns.amountCents[0] ?? null;
  const expected: DealTableExpectation = {
    rows: n,
    loaded: n - 1,
    badRow,
    undisclosed,
    undated,
    amountUsd,
    first: {
      investor: columns.investor[0] ?? "",
      startup: columns.company[0] ?? "",
      date: new Date(columns.dateMs[0] ?? 0).toISOString().slice(0, 10),
      amountUsd: firstCents === null ? null : Number(firstCents) / 100,
    },
  };
  return { columns, expected };
}

function amountVector(cents: (bigint | null)[], kind: "int64" | "decimal"): Vector {
  if (kind === "int64")
    return vectorFromArray(
      cents.map((c) => (c === null ? null : c / 100n)),
      new Int64(),
    );
  // Decimal128 values are four little-endian 32-bit words.
  const words = cents.map((c) => {
    if (c === null) return null;
    const out = new Uint32Array(4);
    for (let k = 0; k < 4; k++) out[k] = Number((c >> BigInt(32 * k)) & 0xffffffffn);
    return out;
  });
  return vectorFromArray(words, new Decimal(2, 18, 128));
}

/** The columns as an Arrow table, names as a Crunchbase export has them (the CSV import's everyday headers). */
export function dealArrowTable(columns: DealColumns, options: DealTableOptions) {
  const names = new Dictionary(new Utf8(), new Int32());
  const dates =
    options.dates === "day"
      ? vectorFromArray(
          columns.dateMs.map((ms) => (ms === null ? null : new Date(ms))),
          new DateDay(),
        )
      : vectorFromArray(
          columns.dateMs.map((ms) => (ms === null ? null : new Date(ms))),
          new TimestampMillisecond(),
        );
  return new Table({
    investor_name: vectorFromArray(columns.investor, names),
    company_name: vectorFromArray(columns.company, new Utf8()),
    announced_on: dates,
    raised_amount_usd: amountVector(columns.amountCents, options.amounts ?? "int64"),
    funding_round_type: vectorFromArray(columns.form, new Dictionary(new Utf8(), new Int32())),
    notes: vectorFromArray(columns.note, new Utf8()),
  });
}

export function dealArrow(options: DealTableOptions, kind: "file" | "stream" = "file") {
  const { columns, expected } = dealColumns(options);
  return { bytes: tableToIPC(dealArrowTable(columns, options), kind), expected };
}

export function dealParquet(options: DealTableOptions, compression: Compression = Compression.SNAPPY) {
  const { columns, expected } = dealColumns(options);
  const ipc = tableToIPC(dealArrowTable(columns, options), "stream");
  const properties = new WriterPropertiesBuilder().setCompression(compression).build();
  return { bytes: writeParquet(WasmTable.fromIPCStream(ipc), properties), expected };
}

export function dealCsv(options: DealTableOptions) {
  const { columns, expected } = dealColumns(options);
  const cell = (value: string | null): string => (value === null ? "" : value);
  const lines = ["investor_name,company_name,announced_on,raised_amount_usd,funding_round_type,notes"];
  for (let r = 0; r < options.rows; r++) {
    const cents = columns.amountCents[r] ?? null;
    const ms = columns.dateMs[r] ?? null;
    lines.push(
      [
        cell(columns.investor[r] ?? null),
        cell(columns.company[r] ?? null),
        ms === null ? "" : new Date(ms).toISOString().slice(0, 10),
        cents === null ? "" : (Number(cents) / 100).toFixed(options.amounts === "decimal" ? 2 : 0),
        cell(columns.form[r] ?? null),
        cell(columns.note[r] ?? null),
      ].join(","),
    );
  }
  return { text: `${lines.join("\n")}\n`, expected };
}

export { Compression };
