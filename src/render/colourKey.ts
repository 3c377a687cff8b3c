// Node colours by the colour key (color=): by kind, category or sector, or by Louvain community
// (computed once, loaded on first use), and the largest communities' names at their members' centre.
// Must not: compute communities more than once per model.
import type Sigma from "sigma";
import type { Communities } from "../model/communities";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";
import type { Model } from "../model/model";
import type { AppStore } from "../state/store";
import { colorKeyOf } from "../words/colorKey";
import type { ViewState } from "./viewState";

/** How many communities are named on the graph. */
const CLUSTER_LABELS = 5;

export interface ClusterLabel {
  readonly label: string;
  readonly color: string;
  readonly x: number;
  readonly y: number;
}

export interface ColourKeyView {
  /** Colours the nodes by the store's colour key and redraws; community colours wait for Louvain. */
  recolour(): Promise<void>;
  /** The named communities at their members' centre as drawn now (an arrangement may have moved them). */
  clusters(): ClusterLabel[];
}

export function colourKeyView(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  store: AppStore,
  model: Model,
  view: Pick<ViewState, "nodeColors">,
  positions: () => { x: Float32Array; y: Float32Array },
  killed: () => boolean,
): ColourKeyView {
  let communities: Communities | null = null;
  let named: Array<{ label: string; color: string; members: readonly number[] }> = [];
  const centreOf = (members: readonly number[]): { x: number; y: number } => {
    const { x, y } = positions();
    let sx = 0;
    let sy = 0;
    for (const i of members) {
      sx += x[i] ?? 0;
      sy += y[i] ?? 0;
    }
    return { x: sx / members.length, y: sy / members.length };
  };
  return {
    async recolour() {
      const { display, theme, lang } = store.getState();
      if (display.color === "community" && !communities) {
        const { communitiesOf } = await import("../model/communities");
        if (killed()) return;
        communities = communitiesOf(model);
      }
      const key = colorKeyOf(model, display.color, theme, lang, display.color === "community" ? communities : null);
      view.nodeColors = key.colors;
      named = [];
      if (key.mode === "community") {
        named = key.entries.slice(0, CLUSTER_LABELS).flatMap((entry) => {
          const members = entry.members ?? [];
          if (members.length < 3) return [];
          return [{ label: entry.label, color: entry.color, members }];
        });
      }
      sigma.refresh({ skipIndexation: true });
    },
    clusters: () => named.map(({ label, color, members }) => ({ label, color, ...centreOf(members) })),
  };
}
