// Types for graphology-layout-forceatlas2's single-iteration function, which the package ships
// without declarations. We drive it ourselves so the worker runs a fixed, seeded number of steps.
declare module "graphology-layout-forceatlas2/iterate.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void;
}
