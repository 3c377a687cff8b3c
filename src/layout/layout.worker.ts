// The layout worker: runs the layout engine in small batches, posting positions (transferred, not
// copied) and progress when the main thread has applied the last ones, and stops between batches
// when asked. Owns its arrays; never sees the graph.
import { createLayoutRun } from "./engine";
import type { LayoutMessage, LayoutRequest } from "./protocol";

/** Work between two looks at the message queue (a stop request waits at most this long). */
const BATCH_MS = 40;
/** Least time between two posts of positions. */
const POST_MS = 200;
/**
 * Assembling positions (leaves placed, parts packed) costs tens of ms on 40k nodes, and the main
 * thread's redraw competes for the same two cores: posts are spaced so they take at most 1/SHARE
 * of the worker's time.
 */
const SHARE = 10;

let stopped = false;
/** The main thread has applied the last positions sent: only then send new ones (no backlog). */
let acknowledged = true;

function post(message: LayoutMessage): void {
  self.postMessage(message, { transfer: [message.positions.buffer] });
}

async function run(request: Extract<LayoutRequest, { type: "start" }>): Promise<void> {
  const layout = createLayoutRun({
    count: request.count,
    links: request.links,
    seed: request.seed,
    ...(request.start ? { start: request.start } : {}),
  });
  let postedAt = performance.now();
  let postCost = 0;
  let more = true;
  while (more && !stopped) {
    const started = performance.now();
    while (more && performance.now() - started < BATCH_MS) more = layout.step();
    if (more && acknowledged && performance.now() - postedAt >= Math.max(POST_MS, SHARE * postCost)) {
      acknowledged = false;
      const assembling = performance.now();
      const positions = layout.positions();
      postedAt = performance.now();
      postCost = postedAt - assembling;
      post({ type: "progress", positions, done: layout.done, total: layout.total });
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  post({ type: "done", positions: layout.positions(), done: layout.done, total: layout.total });
}

self.addEventListener("message", (event: MessageEvent<LayoutRequest>) => {
  if (event.data.type === "stop") stopped = true;
  else if (event.data.type === "ack") acknowledged = true;
  else {
    stopped = false;
    acknowledged = true;
    void run(event.data);
  }
});
