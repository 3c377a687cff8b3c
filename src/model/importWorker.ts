// The import worker itself, apart from its protocol: the page can start it early (while it decides
// that a file is too large to read on the main thread, or mounts its panels), so the worker's script
// is fetched and compiled meanwhile; the next import job takes that worker instead of a new one.
let spare: Worker | null = null;

const spawn = (): Worker => new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" });

/** Starts a worker for the next import job, unless one is waiting already. */
export function prewarmImportWorker(): void {
  spare ??= spawn();
}

/** The waiting worker, else a new one; the caller owns it (and terminates it). */
export function takeImportWorker(): Worker {
  const worker = spare ?? spawn();
  spare = null;
  return worker;
}
