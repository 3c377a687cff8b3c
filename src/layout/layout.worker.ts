// The layout worker: runs a fixed number of ForceAtlas2 iterations in chunks, posting positions and
// progress after each chunk, and stops when asked. Owns its matrices; never sees the graph.
import iterate from "graphology-layout-forceatlas2/iterate.js";
import type { LayoutRequest, LayoutMessage } from "./protocol";
import { positionsOf } from "./matrices";

let stopped = false;
/** The main thread has applied the last positions sent: only then send new ones (no backlog). */
let acknowledged = true;

function post(message: LayoutMessage, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

async function run(request: Extract<LayoutRequest, { type: "start" }>): Promise<void> {
  const { nodes, edges, settings, iterations } = request;
  let done = 0;
  let chunk = 5;
  while (done < iterations && !stopped) {
    const started = performance.now();
    const steps = Math.min(chunk, iterations - done);
    for (let k = 0; k < steps; k++) iterate(settings, nodes, edges);
    done += steps;
    if (acknowledged || done >= iterations) {
      acknowledged = false;
      const positions = positionsOf(nodes);
      post({ type: "progress", positions, done, total: iterations }, [positions.buffer]);
    }
    // Aim for ~50 ms chunks: short enough to stop at once, long enough to keep the overhead low.
    const elapsed = performance.now() - started;
    chunk = Math.max(1, Math.min(100, Math.round((steps * 50) / Math.max(1, elapsed))));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  post({ type: "done", done, total: iterations });
}

self.addEventListener("message", (event: MessageEvent<LayoutRequest>) => {
  if (event.data.type === "stop") stopped = true;
  else if (event.data.type === "ack") acknowledged = true;
  else {
    stopped = false;
    void run(event.data);
  }
});
