// The page's side of the import worker: starts one job per load, relays progress, asks for a CSV
// mapping or GEXF parsing through callbacks, and can be cancelled. Owns no DOM and no app state.
import type { CsvMapping } from "../io/csvColumns";
import type { XmlTools } from "../io/gexf";
import type { FromWorker, ImportPhase, ImportSource, MappingRequest, ToWorker } from "../io/importProtocol";
import { importText, type ImportResult } from "../io/importText";
import type { DealIndex } from "./dealIndex";
import { takeImportWorker } from "./importWorker";
import { decodeRows, type RowColumns } from "./rowColumns";
import type { DealRecord, NodeRecord } from "../io/schema";

/** A dataset's rows as columns (model/rowColumns.ts), sent apart from the result whose dataset has none. */
export interface DatasetRows {
  readonly nodes: RowColumns<NodeRecord>;
  readonly deals: RowColumns<DealRecord>;
}

/** What the worker sends: io's protocol, with the deal index it built and the rows alongside the result. */
export type FromImportWorker =
  | Exclude<FromWorker, { type: "done" }>
  | { readonly type: "done"; readonly result: ImportResult; readonly index: DealIndex | null; readonly rows: DatasetRows | null };

/** The worker's result with its rows put back (decoded from their columns). */
export function withRows(result: ImportResult, rows: DatasetRows | null): ImportResult {
  if (!rows || !result.dataset) return result;
  return { ...result, dataset: { ...result.dataset, nodes: decodeRows(rows.nodes), deals: decodeRows(rows.deals) } };
}

export interface ImportHooks {
  onProgress(phase: ImportPhase, loaded: number, total: number | null): void;
  /** Resolves to the chosen columns, or null when the person cancels. */
  chooseMapping(request: MappingRequest): Promise<CsvMapping | null>;
  /** The browser's XML tools, loaded on first GEXF. */
  xmlTools(): Promise<XmlTools>;
}

/** `index`: the deal index built in the worker, when it built one (GEXF is parsed on the page). */
export type ImportOutcome =
  | { readonly status: "done"; readonly result: ImportResult; readonly index?: DealIndex | null }
  | { readonly status: "failed"; readonly result: ImportResult }
  | { readonly status: "cancelled" };

export interface ImportJob {
  readonly outcome: Promise<ImportOutcome>;
  cancel(): void;
}

const EMPTY = { rows: 0, loaded: 0, skipped: 0, warnings: 0, undated: 0, undisclosed: 0 };

/** A result without a dataset failed, whatever format it came in (a refused GEXF too, issue 17). */
export function outcomeOf(result: ImportResult, index?: DealIndex | null): ImportOutcome {
  return result.dataset ? { status: "done", result, index } : { status: "failed", result };
}

export function startImport(source: ImportSource, name: string, hooks: ImportHooks): ImportJob {
  const worker = takeImportWorker();
  let settle: (outcome: ImportOutcome) => void = () => undefined;
  const outcome = new Promise<ImportOutcome>((resolve) => (settle = resolve));
  let finished = false;
  const finish = (value: ImportOutcome): void => {
    if (finished) return;
    finished = true;
    worker.terminate();
    settle(value);
  };
  const fail = (message: string): void =>
    finish({
      status: "failed",
      result: { format: null, dataset: null, issues: [{ severity: "error", path: "", message }], summary: EMPTY },
    });
  const send = (message: ToWorker): void => worker.postMessage(message);

  worker.onerror = (event) => fail(`the import worker stopped (${event.message || "unknown error"})`);
  worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
    const message = event.data;
    switch (message.type) {
      case "progress":
        hooks.onProgress(message.phase, message.loaded, message.total);
        break;
      case "mapping":
        void hooks.chooseMapping(message).then((mapping) => (mapping ? send({ type: "map", mapping }) : finish({ status: "cancelled" })));
        break;
      case "xml":
        void hooks
          .xmlTools()
          .then((xml) => finish(outcomeOf(importText(message.text, name, { xml }))))
          .catch((error: unknown) => fail(`GEXF could not be read (${error instanceof Error ? error.message : String(error)})`));
        break;
      case "done":
        finish(outcomeOf(withRows(message.result, message.rows), message.index));
        break;
      case "failed":
        finish({ status: "failed", result: { format: null, dataset: null, issues: [message.issue], summary: EMPTY } });
        break;
    }
  };
  send({ type: "load", source, name });
  return { outcome, cancel: () => finish({ status: "cancelled" }) };
}
