// Keeps the article scrolling over an embedded graph until the reader engages it, as embedded maps
// do: a plain wheel or one-finger swipe scrolls the page (with a hint); ctrl/⌘ + wheel and two
// fingers zoom at once; a click or tap engages pan and zoom until the pointer leaves or a tap lands
// outside. Must not: swallow a gesture the graph should get once engaged, or block keyboard use.
import type { Language } from "../../state/url";
import { el } from "../kit/dom";
import { t } from "../../words/i18n";
import "./embed.css";

const HINT_MS = 1500;

export function mountGestureGuard(graph: HTMLElement, lang: Language): () => void {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const hint = el("p", { class: "gesture-hint", "aria-live": "polite" });
  hint.hidden = true;
  graph.append(hint);
  graph.classList.add("has-gesture-guard");
  let engaged = false;
  let hideTimer: ReturnType<typeof setTimeout> | null = null;

  const show = (text: string): void => {
    hint.textContent = text;
    hint.hidden = false;
    if (hideTimer !== null) clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      hint.hidden = true;
      hideTimer = null;
    }, HINT_MS);
  };
  const engage = (on: boolean): void => {
    if (engaged === on) return;
    engaged = on;
    graph.classList.toggle("is-engaged", on);
    if (on) show(t(lang, "gesture.engaged"));
  };

  // Capture phase on the container: runs before sigma's own listeners on its canvases.
  const onWheel = (event: WheelEvent): void => {
    if (engaged || event.ctrlKey || event.metaKey) return;
    event.stopPropagation();
    show(t(lang, mac ? "gesture.zoomKeyMac" : "gesture.zoomKey"));
  };
  const onTouch = (event: TouchEvent): void => {
    if (engaged || event.touches.length >= 2) return;
    event.stopPropagation();
    if (event.type === "touchmove") show(t(lang, "gesture.twoFingers"));
  };
  // A tap or click engages; sigma gets that click too (it selects a node), and what follows.
  const onClick = (): void => engage(true);
  const onLeave = (event: PointerEvent): void => {
    if (event.pointerType === "mouse") engage(false);
  };
  const onOutside = (event: PointerEvent): void => {
    if (event.target instanceof Node && !graph.contains(event.target)) engage(false);
  };
  graph.addEventListener("wheel", onWheel, { capture: true });
  for (const type of ["touchstart", "touchmove"] as const) graph.addEventListener(type, onTouch, { capture: true });
  graph.addEventListener("click", onClick);
  graph.addEventListener("pointerleave", onLeave);
  document.addEventListener("pointerdown", onOutside, { capture: true });
  return () => {
    if (hideTimer !== null) clearTimeout(hideTimer);
    graph.removeEventListener("wheel", onWheel, { capture: true });
    for (const type of ["touchstart", "touchmove"] as const) graph.removeEventListener(type, onTouch, { capture: true });
    graph.removeEventListener("click", onClick);
    graph.removeEventListener("pointerleave", onLeave);
    document.removeEventListener("pointerdown", onOutside, { capture: true });
    hint.remove();
    graph.classList.remove("has-gesture-guard", "is-engaged");
  };
}
