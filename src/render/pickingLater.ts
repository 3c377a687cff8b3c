// The CPU picking (nodePicking.ts) is its own chunk, fetched once the page is ready and idle: it
// makes hover cheaper but is not needed to show the graph, so an embed does not wait for its bytes.
// Until it is mounted, sigma's own WebGL picking answers.
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";
import type { AppStore } from "../state/store";

/** Mounts the picking when the store says ready and the page is idle; returns the disposer. */
export function mountPickingLater(sigma: Sigma<NodeAttributes, EdgeAttributes>, nodeKeys: readonly string[], store: AppStore): () => void {
  let killed = false;
  let unpick = (): void => undefined;
  const mount = (): void =>
    void import("./nodePicking").then(({ mountNodePicking }) => {
      if (!killed) unpick = mountNodePicking(sigma, nodeKeys);
    });
  const idle = (): void => {
    if ("requestIdleCallback" in window) window.requestIdleCallback(mount, { timeout: 1000 });
    else setTimeout(mount, 0);
  };
  let stop = (): void => undefined;
  if (store.getState().load === "ready") idle();
  else
    stop = store.subscribe((state) => {
      if (state.load !== "ready") return;
      stop();
      idle();
    });
  return () => {
    killed = true;
    stop();
    unpick();
  };
}
