// The benchmark's floor: what a developer gets with graphology + sigma and nothing else. One edge per
// deal, an edge reducer hiding filtered edges, a full refresh per filter change. No app code.
import Graph from "graphology";
import { toBlob } from "@sigma/export-image";
import Sigma from "sigma";

interface RawDeal {
  id: string;
  investor: string;
  target: string;
  date?: string;
  amountUsd?: number | null;
  form: string;
}
interface RawNode {
  id: string;
  label: string;
  kind: string;
  x: number;
  y: number;
}
interface EdgeAttributes {
  year: number;
  amount: number;
  form: string;
  size: number;
  color: string;
}
type Predicate = (edge: EdgeAttributes) => boolean;

declare global {
  interface Window {
    benchReady?: number;
    benchFilter?: (kind: string) => void;
    benchExport?: () => Promise<Blob>;
  }
}

const PREDICATES: Readonly<Record<string, Predicate>> = {
  none: () => true,
  year: (edge) => edge.year >= 2015 && edge.year <= 2020,
  amount: (edge) => Number.isNaN(edge.amount) || edge.amount >= 1e7,
  form: (edge) => edge.form === "cash",
};

const dataUrl = new URLSearchParams(window.location.search).get("data") ?? "";
const response = await fetch(dataUrl);
const document_ = (await response.json()) as { nodes: RawNode[]; deals: RawDeal[] };
const graph = new Graph<Record<string, unknown>, EdgeAttributes>({ multi: true, type: "directed" });
for (const node of document_.nodes) {
  graph.addNode(node.id, { x: node.x, y: node.y, size: 3, label: node.label, color: node.kind === "investor" ? "#1E293B" : "#6D28D9" });
}
for (const deal of document_.deals) {
  graph.addEdgeWithKey(deal.id, deal.investor, deal.target, {
    year: deal.date ? Number(deal.date.slice(0, 4)) : 0,
    amount: deal.amountUsd ?? Number.NaN,
    form: deal.form,
    size: 1,
    color: "#999999",
  });
}
let predicate: Predicate = PREDICATES["none"] ?? (() => true);
const container = document.getElementById("graph");
if (!container) throw new Error("no #graph");
const sigma = new Sigma(graph, container, {
  edgeReducer: (_key, attributes) => (predicate(attributes) ? attributes : { ...attributes, hidden: true }),
});
// The first frame counts once painted, as the app's "explorer:first-frame" mark: after the next
// animation frame's rendering (requestAnimationFrame, then a task).
sigma.once("afterRender", () => {
  (window as unknown as { benchRendered: number }).benchRendered = performance.now();
  requestAnimationFrame(() => setTimeout(() => (window.benchReady = performance.now()), 0));
});
sigma.refresh();
window.benchFilter = (kind) => {
  predicate = PREDICATES[kind] ?? predicate;
  sigma.refresh();
};
// export-image is typed for untyped attributes; it only hands the reducer back to sigma.
window.benchExport = () => toBlob(sigma as unknown as Sigma, { format: "png", backgroundColor: "#ffffff" });
// Hover and zoom rows (scripts/bench/measure.ts): where the busiest investor is drawn, and the zoom.
const busiest = graph.nodes().reduce((best, node) => (graph.outDegree(node) > graph.outDegree(best) ? node : best), graph.nodes()[0] ?? "");
(window as unknown as { benchBusiest: () => { x: number; y: number } | null }).benchBusiest = () => {
  const data = sigma.getNodeDisplayData(busiest);
  return data ? sigma.framedGraphToViewport(data) : null;
};
(window as unknown as { benchRatio: () => number }).benchRatio = () => sigma.getCamera().ratio;
