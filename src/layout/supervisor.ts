// Runs the layout worker for one graph: start (from scratch, seeded) / continue (from the current
// positions) / stop / kill / isRunning. Positions come back in one batch per post and are written
// to the graph quietly (no graph events); progress goes to the caller, whose view follows.
// Stop is immediate: the worker is terminated and the last positions it sent are kept.
import type { InvestmentGraph } from "../model/graph";
import { linkPairsOf } from "./linkPairs";
import { assignPositions, seededPositions, writePositionsQuietly } from "./matrices";
import type { LayoutMessage, LayoutRequest } from "./protocol";

export interface LayoutSupervisor {
  start(): void;
  /** Runs again from the positions the graph has now (a stopped or settled layout goes on). */
  continue(): void;
  stop(): void;
  kill(): void;
  isRunning(): boolean;
}

export interface LayoutCallbacks {
  readonly onProgress: (done: number, total: number) => void;
  /** The layout ended: all work done, or stopped after `done` of `total`. */
  readonly onDone: (done: number, total: number) => void;
}

/** Writes x, y (by node index) into the nodes' own attribute objects, without graph events. */
function writeQuietly(graph: InvestmentGraph, positions: Float32Array): void {
  graph.forEachNode((_key, attributes) => {
    attributes.x = positions[2 * attributes.index] ?? attributes.x;
    attributes.y = positions[2 * attributes.index + 1] ?? attributes.y;
  });
}

function currentPositions(graph: InvestmentGraph): Float32Array {
  const positions = new Float32Array(2 * graph.order);
  graph.forEachNode((_key, attributes) => {
    positions[2 * attributes.index] = attributes.x;
    positions[2 * attributes.index + 1] = attributes.y;
  });
  return positions;
}

/** Graphs given their seeded start before they were drawn (seedLayout). */
const seeded = new WeakSet<InvestmentGraph>();

/**
 * Writes the first run's seeded start into a graph not drawn yet, without events: the renderer's
 * first indexation then has it, and starting the layout re-indexes nothing (~1 s on 38k nodes).
 */
export function seedLayout(graph: InvestmentGraph, seed = 42): void {
  writePositionsQuietly(graph, seededPositions(graph.order, seed));
  seeded.add(graph);
}

export function createLayoutSupervisor(graph: InvestmentGraph, callbacks: LayoutCallbacks, seed = 42): LayoutSupervisor {
  let worker: Worker | null = null;
  let progress = { done: 0, total: 1 };
  let pending: Float32Array | null = null;
  let frame = 0;
  let started = false;

  const send = (request: LayoutRequest, transfer: Transferable[] = []): void => worker?.postMessage(request, transfer);
  const applyPending = (): void => {
    if (!pending) return;
    writeQuietly(graph, pending);
    pending = null;
  };
  const end = (): void => {
    worker?.terminate();
    worker = null;
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    applyPending();
    callbacks.onDone(progress.done, progress.total);
  };

  const launch = (start?: Float32Array): void => {
    if (worker) return;
    const links = linkPairsOf(graph);
    const current = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    worker = current;
    progress = { done: 0, total: 1 };
    current.addEventListener("message", (event: MessageEvent<LayoutMessage>) => {
      if (worker !== current) return;
      const message = event.data;
      progress = { done: message.done, total: message.total };
      pending = message.positions;
      if (message.type === "done") {
        end();
        return;
      }
      // Apply at most once a frame; the worker waits for the ack before sending more.
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (worker !== current) return;
        applyPending();
        callbacks.onProgress(progress.done, progress.total);
        send({ type: "ack" });
      });
    });
    current.addEventListener("error", () => {
      if (worker === current) end();
    });
    const request: LayoutRequest = { type: "start", count: graph.order, links, seed, ...(start ? { start } : {}) };
    send(request, start ? [links.buffer, start.buffer] : [links.buffer]);
  };

  return {
    start() {
      if (worker) return;
      // The first run's seeded disc goes into the graph with events: sigma indexes it once. A re-run
      // starts the worker from the same disc but leaves the view where it is until positions come.
      if (!started && !seeded.has(graph)) assignPositions(graph, seededPositions(graph.order, seed));
      started = true;
      launch();
    },
    continue: () => launch(currentPositions(graph)),
    stop() {
      if (worker) end();
    },
    kill() {
      worker?.terminate();
      worker = null;
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      pending = null;
    },
    isRunning: () => worker !== null,
  };
}
