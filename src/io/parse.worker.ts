// The import worker: reads a File or a URL with progress and a size cap, detects the format and
// parses it off the main thread, so tens of MB never freeze the page. Holds one job; no DOM.
import { finishCsv, detectFormat, importText, prepareCsv, type CsvStage } from "./importText";
import type { FromWorker, ImportSource, ToWorker } from "./importProtocol";
import { loadDatasetText, readStream } from "./load";
import { MAX_INPUT_BYTES } from "./limits";

const post = (message: FromWorker): void => postMessage(message);
let pending: { stage: CsvStage; name: string } | null = null;

async function readSource(source: ImportSource): Promise<{ text: string } | { issue: FromWorker & { type: "failed" } }> {
  const progress = (loaded: number, total: number | null): void => post({ type: "progress", phase: "reading", loaded, total });
  if (source.kind === "text") return { text: source.text };
  if (source.kind === "file") {
    if (source.file.size > MAX_INPUT_BYTES) {
      return { issue: { type: "failed", issue: { severity: "error", path: "", message: `the file is larger than ${MAX_INPUT_BYTES / 1048576} MB (${Math.ceil(source.file.size / 1048576)} MB); refused` } } };
    }
    const read = await readStream(source.file.stream(), MAX_INPUT_BYTES, source.file.size, progress);
    return "issue" in read ? { issue: { type: "failed", issue: read.issue } } : read;
  }
  const read = await loadDatasetText(new URL(source.url), fetch, progress);
  return "issue" in read ? { issue: { type: "failed", issue: read.issue } } : read;
}

async function load(source: ImportSource, name: string): Promise<void> {
  const read = await readSource(source);
  if ("issue" in read) return post(read.issue);
  const { text } = read;
  post({ type: "progress", phase: "parsing", loaded: 0, total: null });
  const format = detectFormat(text, name);
  if (format === "gexf") return post({ type: "xml", text });
  if (format === "csv") {
    const stage = prepareCsv(text);
    if (!stage.guess.confident) {
      pending = { stage, name };
      const { headers, rows } = stage.table;
      return post({ type: "mapping", headers, guess: stage.guess.mapping, confident: false, preview: rows.slice(0, 5) });
    }
    return post({ type: "done", result: finishCsv(stage, stage.guess.mapping, name) });
  }
  post({ type: "done", result: importText(text, name) });
}

onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  const run = async (): Promise<void> => {
    if (message.type === "load") await load(message.source, message.name);
    else if (pending) {
      const { stage, name } = pending;
      pending = null;
      post({ type: "progress", phase: "parsing", loaded: 0, total: null });
      post({ type: "done", result: finishCsv(stage, message.mapping, name) });
    }
  };
  // A bug must still end the job with a message, never leave the page waiting.
  run().catch((error: unknown) => post({ type: "failed", issue: { severity: "error", path: "", message: `import failed: ${error instanceof Error ? error.message : String(error)}` } }));
};
