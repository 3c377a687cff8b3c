// CPU node picking (nodePicking.ts) loaded after the first frame: not part of what an embed fetches
// before it is ready. Until it is mounted, sigma's own picking answers.
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";

export function mountNodePickingLater(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  nodeKeys: readonly string[],
  firstFrame: Promise<void>,
): () => void {
  let killed = false;
  let unmount: (() => void) | null = null;
  // A task after the frame: the page marks itself ready in the first frame's continuation.
  void firstFrame.then(() =>
    setTimeout(() => {
      if (killed) return;
      void import("./nodePicking").then(({ mountNodePicking }) => {
        if (!killed) unmount = mountNodePicking(sigma, nodeKeys);
      });
    }, 0),
  );
  return () => {
    killed = true;
    unmount?.();
  };
}
