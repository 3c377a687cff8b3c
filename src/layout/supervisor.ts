// Runs the layout worker for one graph: start / stop / kill / isRunning. Positions come back in
// one batch per chunk and are written to the graph quietly (no graph events); progress goes to the
// caller, whose view follows the positions on its own terms.
import type { InvestmentGraph } from "../model/graph";
import { assignPositions, buildMatrices, layoutIterations, layoutSettings, seededPositions, writePositionsQuietly } from "./matrices";
import type { LayoutMessage, LayoutRequest } from "./protocol";

export interface LayoutSupervisor {
  start(): void;
  stop(): void;
  kill(): void;
  isRunning(): boolean;
}

export interface LayoutCallbacks {
  readonly onProgress: (done: number, total: number) => void;
  /** The layout ended: all iterations done, or stopped after `done` of `total`. */
  readonly onDone: (done: number, total: number) => void;
}

export function createLayoutSupervisor(graph: InvestmentGraph, callbacks: LayoutCallbacks, seed = 42): LayoutSupervisor {
  let worker: Worker | null = null;
  let running = false;

  const send = (request: LayoutRequest, transfer: Transferable[] = []): void => worker?.postMessage(request, transfer);

  let progress = { done: 0, total: 1 };
  let pending: Float32Array | null = null;
  const applyPending = (): void => {
    if (!pending) return;
    writePositionsQuietly(graph, pending);
    pending = null;
    callbacks.onProgress(progress.done, progress.total);
  };
  const finish = (): void => {
    applyPending();
    running = false;
    worker?.terminate();
    worker = null;
    callbacks.onDone(progress.done, progress.total);
  };

  return {
    start() {
      if (running) return;
      const start = seededPositions(graph.order, seed);
      assignPositions(graph, start);
      const { nodes, edges } = buildMatrices(graph, start);
      worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
      worker.addEventListener("message", (event: MessageEvent<LayoutMessage>) => {
        const message = event.data;
        progress = { done: message.done, total: message.total };
        if (message.type === "progress") {
          // Apply at most once a frame; the worker waits for the ack before sending more.
          pending = message.positions;
          requestAnimationFrame(() => {
            if (!worker) return;
            applyPending();
            send({ type: "ack" });
          });
        } else finish();
      });
      worker.addEventListener("error", () => finish());
      running = true;
      send({ type: "start", nodes, edges, settings: layoutSettings(graph.order), iterations: layoutIterations(graph.order) }, [nodes.buffer, edges.buffer]);
    },
    stop() {
      if (running) send({ type: "stop" });
    },
    kill() {
      if (!worker) return;
      worker.terminate();
      worker = null;
      running = false;
    },
    isRunning: () => running,
  };
}
