// The import worker: reads a File or a URL with progress and a size cap, detects the format, parses
// and builds the columnar deal index off the main thread, so tens of MB never freeze the page.
// Holds one job; no DOM. The index's typed arrays are transferred, not copied.
import { KNOWN_FORMS } from "../config/forms";
import { finishCsv, detectFormat, importText, notData, prepareCsv, summarise, type CsvStage, type ImportResult } from "../io/importText";
import { guessMapping } from "../io/csvColumns";
import type { Issue } from "../io/issues";
import type { ImportSource, ToWorker } from "../io/importProtocol";
import { loadDataset, readBody, type TableBytes } from "../io/loadTable";
import { MAX_INPUT_BYTES, MAX_TAB_DEALS } from "../io/limits";
import { fileTooLarge, tooManyDeals } from "../io/tooBig";
import { buildDealIndex } from "./dealIndex";
import type { FromImportWorker } from "./importClient";
import { encodeRows } from "./rowColumns";

const post = (message: FromImportWorker): void => postMessage(message);

/** The result with its deal index and its rows as columns, whose buffers move to the page without a copy. */
function postDone(done: ImportResult): void {
  const result = notes.length
    ? { ...done, issues: [...notes, ...done.issues], summary: { ...done.summary, warnings: done.summary.warnings + notes.length } }
    : done;
  if (!result.dataset) return post({ type: "done", result, index: null, rows: null });
  const { dataset } = result;
  const index = buildDealIndex(dataset, KNOWN_FORMS);
  // The rows go as columns (a few buffers moved), not as tens of thousands of objects to clone.
  const nodes = encodeRows(dataset.nodes);
  const deals = encodeRows(dataset.deals);
  const buffers = [
    index.investor,
    index.target,
    index.pair,
    index.year,
    index.amount,
    index.dealForm,
    index.partStart,
    index.partForm,
    index.partAmount,
  ].map((column) => column.buffer as ArrayBuffer);
  const rows = { nodes: nodes.columns, deals: deals.columns };
  const withoutRows = { ...result, dataset: { ...dataset, nodes: [], deals: [] } };
  self.postMessage({ type: "done", result: withoutRows, index, rows } satisfies FromImportWorker, {
    transfer: [...buffers, ...nodes.transfer, ...deals.transfer],
  });
}
const refuse = (issue: Issue): void =>
  post({
    type: "done",
    result: { format: null, dataset: null, issues: [issue], summary: summarise(null, [issue], 0) },
    index: null,
    rows: null,
  });

let pending: { stage: CsvStage; name: string } | null = null;
/** What the decoder said about the text (UTF-16 read as such), added to the result. */
let notes: readonly Issue[] = [];

async function readSource(
  source: ImportSource,
): Promise<{ text: string; notes?: readonly Issue[] } | TableBytes | { issue: FromImportWorker & { type: "failed" } }> {
  const progress = (loaded: number, total: number | null): void => post({ type: "progress", phase: "reading", loaded, total });
  if (source.kind === "text") return { text: source.text };
  if (source.kind === "file") {
    if (source.file.size > MAX_INPUT_BYTES) return { issue: { type: "failed", issue: fileTooLarge(source.file.size) } };
    const read = await readBody(source.file.stream(), MAX_INPUT_BYTES, source.file.size, progress);
    return "issue" in read ? { issue: { type: "failed", issue: read.issue } } : read;
  }
  const read = await loadDataset(new URL(source.url), fetch, progress);
  return "issue" in read ? { issue: { type: "failed", issue: read.issue } } : read;
}

async function load(source: ImportSource, name: string): Promise<void> {
  const read = await readSource(source);
  if ("issue" in read) return post(read.issue);
  if ("table" in read) return loadTable(read, name);
  const { text } = read;
  notes = read.notes ?? [];
  post({ type: "progress", phase: "parsing", loaded: 0, total: null });
  const refused = notData(text);
  if (refused) return refuse(refused);
  const format = detectFormat(text, name);
  if (format === "gexf") return post({ type: "xml", text });
  if (format === "csv") return mapColumns(prepareCsv(text), name);
  postDone(importText(text, name));
}

/** Columns recognised by their names; a person is asked when unsure (CSV, Arrow and Parquet alike). */
function mapColumns(stage: CsvStage, name: string): void {
  // A table has no positions: past the rows a tab lays out, it is refused before any column question
  // (format v1 with baked positions, what npm run layout writes, opens up to MAX_DEALS).
  if (stage.table.rows.length > MAX_TAB_DEALS) return refuse(tooManyDeals(stage.table.rows.length));
  if (!stage.guess.confident) {
    pending = { stage, name };
    const { headers, rows } = stage.table;
    return post({ type: "mapping", headers, guess: stage.guess.mapping, confident: false, preview: rows.slice(0, 5) });
  }
  postDone(finishCsv(stage, stage.guess.mapping, name));
}

/** An Arrow or Parquet file: its reader loads now (its own chunk), then the columns map as a CSV's. */
async function loadTable(read: TableBytes, name: string): Promise<void> {
  notes = [];
  post({ type: "progress", phase: "parsing", loaded: 0, total: null });
  const { readTableFile } = await import("../io/tableRead");
  const table = await readTableFile(read.bytes, read.table);
  if ("issue" in table) return post({ type: "failed", issue: table.issue });
  mapColumns({ table: table.table, guess: guessMapping(table.table.headers), format: read.table }, name);
}

onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  const run = async (): Promise<void> => {
    if (message.type === "load") await load(message.source, message.name);
    else if (pending) {
      const { stage, name } = pending;
      pending = null;
      post({ type: "progress", phase: "parsing", loaded: 0, total: null });
      postDone(finishCsv(stage, message.mapping, name));
    }
  };
  // A bug must still end the job with a message, never leave the page waiting.
  run().catch((error: unknown) =>
    post({
      type: "failed",
      issue: { severity: "error", path: "", message: `import failed: ${error instanceof Error ? error.message : String(error)}` },
    }),
  );
};
