// PNG of the graph exactly as shown (filters, highlight, camera), drawn by a temporary sigma
// renderer through @sigma/export-image: reading the live WebGL canvases would give blank layers.
// The framed export (title, legend, credit, scale options) builds on this.
import { toBlob } from "@sigma/export-image";
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";

export interface GraphPngOptions {
  readonly backgroundColor?: string;
}

export function graphPng(sigma: Sigma<NodeAttributes, EdgeAttributes>, options: GraphPngOptions = {}): Promise<Blob> {
  // The temporary renderer takes sigma's settings, reducers included, so the picture matches.
  // export-image is typed for untyped attributes; it only hands our reducers back to sigma.
  return toBlob(sigma as unknown as Sigma, { format: "png", backgroundColor: options.backgroundColor ?? "#ffffff" });
}
