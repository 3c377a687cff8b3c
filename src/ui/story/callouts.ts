// Annotations as callouts next to their nodes: DOM text (screen readers read it, with the node's
// name), moved with the camera each frame, placed clear of each other. Never builds HTML from data.
import { placeCallouts } from "../../export/calloutLayout";
import { nodeById } from "../../model/model";
import type { AppState, AppStore } from "../../state/store";
import { annotationsShown, annotationText } from "../../state/storyStep";
import { t } from "../../words/i18n";
import { localName } from "../../words/names";
import { el } from "../kit/dom";

/** Where a node is drawn, in CSS px inside the graph container; null when hidden or unknown. */
export type PositionOf = (id: string) => { x: number; y: number; radius?: number } | null;
/** Calls `listener` after every frame the graph draws (camera moves included); returns a disposer. */
export type OnFrame = (listener: () => void) => () => void;

const SVG = "http://www.w3.org/2000/svg";

interface Callout {
  readonly node: string;
  readonly item: HTMLLIElement;
  readonly line: SVGLineElement;
  width: number;
  height: number;
}

/** `graph` is sigma's container (emptied when sigma is killed): the layer lives beside it. */
/** The node names drawn now, in the graph's CSS pixels (top-left x, y): callouts keep clear of them. */
export type NamesDrawn = () => ReadonlyArray<{ x: number; y: number; width: number; height: number }>;

export function mountStoryCallouts(
  graph: HTMLElement,
  store: AppStore,
  positionOf: PositionOf,
  onFrame: OnFrame,
  namesDrawn: NamesDrawn = () => [],
): () => void {
  const layer = el("div", { class: "story-callouts" });
  const lines = document.createElementNS(SVG, "svg");
  lines.setAttribute("class", "story-callouts__lines");
  lines.setAttribute("aria-hidden", "true");
  const list = el("ul", { class: "story-callouts__list" });
  layer.append(lines, list);
  graph.after(layer);
  let callouts: Callout[] = [];

  const render = (state: AppState): void => {
    const { model, lang } = state;
    const shown = model ? annotationsShown(state) : [];
    list.replaceChildren();
    lines.replaceChildren();
    list.setAttribute("aria-label", t(lang, "story.annotations"));
    callouts = shown.flatMap((annotation) => {
      const node = model ? nodeById(model, annotation.node) : undefined;
      if (!node) return [];
      const item = el("li", { class: "story-callout", "data-node": node.id });
      item.append(el("span", { class: "visually-hidden" }, `${localName(node, lang)}: `), annotationText(annotation, lang));
      const line = document.createElementNS(SVG, "line");
      line.setAttribute("class", "story-callouts__line");
      list.append(item);
      lines.append(line);
      return [{ node: node.id, item, line, width: 0, height: 0 }];
    });
    layer.hidden = callouts.length === 0;
    fitLayer();
    // Measured once per text change (in a layer of the graph's size, so text wraps as it will be
    // shown), not per frame: a frame only moves the boxes.
    for (const callout of callouts) {
      callout.width = callout.item.offsetWidth;
      callout.height = callout.item.offsetHeight;
    }
    place();
  };

  let laidOut = { left: -1, top: -1, width: -1, height: -1 };
  /** Puts the layer over the graph; true when its size changed (callouts then wrap anew). */
  const fitLayer = (): boolean => {
    const box = { left: graph.offsetLeft, top: graph.offsetTop, width: graph.clientWidth, height: graph.clientHeight };
    if (box.left === laidOut.left && box.top === laidOut.top && box.width === laidOut.width && box.height === laidOut.height) return false;
    const resized = box.width !== laidOut.width;
    laidOut = box;
    layer.style.transform = `translate(${box.left}px, ${box.top}px)`;
    layer.style.width = `${box.width}px`;
    layer.style.height = `${box.height}px`;
    return resized;
  };

  const place = (): void => {
    if (callouts.length === 0) return;
    if (fitLayer()) {
      for (const callout of callouts) {
        callout.width = callout.item.offsetWidth;
        callout.height = callout.item.offsetHeight;
      }
    }
    const { width, height } = laidOut;
    const shown = callouts.flatMap((callout) => {
      const position = positionOf(callout.node);
      const inside = position !== null && position.x >= 0 && position.y >= 0 && position.x <= width && position.y <= height;
      callout.item.classList.toggle("is-offscreen", !inside);
      callout.line.style.display = inside ? "" : "none";
      return inside && position
        ? [
            {
              callout,
              anchor: { x: position.x, y: position.y, radius: position.radius ?? 0, width: callout.width, height: callout.height },
            },
          ]
        : [];
    });
    const placed = placeCallouts(
      shown.map((entry) => entry.anchor),
      { width, height, avoid: namesDrawn() },
    );
    shown.forEach(({ callout, anchor }, i) => {
      const box = placed[i];
      if (!box) return;
      callout.item.style.transform = `translate(${Math.round(box.left)}px, ${Math.round(box.top)}px)`;
      callout.line.setAttribute("x1", String(anchor.x));
      callout.line.setAttribute("y1", String(anchor.y));
      callout.line.setAttribute("x2", String(box.lineX));
      callout.line.setAttribute("y2", String(box.lineY));
    });
  };

  render(store.getState());
  const stopFrames = onFrame(place);
  const unsubscribe = store.subscribe((state, before) => {
    if (state.step !== before.step || state.story !== before.story || state.lang !== before.lang || state.model !== before.model)
      render(state);
  });
  return () => {
    stopFrames();
    unsubscribe();
    layer.remove();
  };
}
