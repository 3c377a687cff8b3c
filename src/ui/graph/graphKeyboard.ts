// The graph as a keyboard widget: arrow keys move to the nearest node that way, N walks the node's
// partners, Enter opens details, Escape steps back, Home goes to the busiest; a live region says where.
// Must not: draw (the renderer draws the ring from the store) or call setState (named transitions only).
import "../../words/toolWords";
import { busiestNode, nearestInDirection, nodeDealCounts, partnersInOrder, type Direction, type NodePoint } from "../../filter/keyboardNav";
import type { VisibleSelector } from "../../filter/select";
import type { Model } from "../../model/model";
import { closeDetails, keyboardLeave, keyboardOn, openDetails } from "../../state/keyboard";
import type { AppState, AppStore } from "../../state/store";
import { apply } from "../../state/transitions";
import { formatUsd } from "../../words/format";
import { t, tn } from "../../words/i18n";
import { shortName } from "../../words/names";
import { el } from "../kit/dom";

const DIRECTIONS: Readonly<Record<string, Direction>> = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down" };

export interface GraphKeyboardOptions {
  /** Where the drawn nodes are now, in CSS px of the graph container. */
  readonly points: () => readonly NodePoint[];
}

export function mountGraphKeyboard(
  container: HTMLElement,
  store: AppStore,
  selectVisible: VisibleSelector,
  options: GraphKeyboardOptions,
): () => void {
  const instruction = el("p", { id: "graph-keys", class: "visually-hidden" });
  const live = el("p", { id: "graph-live", class: "visually-hidden", "aria-live": "polite", "aria-atomic": "true" });
  container.after(instruction, live);
  container.tabIndex = 0;
  container.setAttribute("role", "application");
  const described = (container.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id && id !== "graph-keys");
  container.setAttribute("aria-describedby", ["graph-keys", ...described].join(" "));

  /** N's walk: the node it started from, its partners in order, and where the walk is. */
  let walk: { anchor: number; partners: number[]; at: number } | null = null;
  /** The node the keyboard was on when the graph last lost focus: Tab back returns there. */
  let last: string | null = null;

  const say = (text: string): void => {
    live.textContent = text;
  };
  const indexOf = (model: Model, id: string | null): number | null => (id === null ? null : (model.nodeIndexById.get(id) ?? null));
  const describe = (state: AppState, model: Model, node: number): string => {
    const visible = selectVisible(state);
    const record = model.dataset.nodes[node];
    const { lang } = state;
    const counts = visible ? nodeDealCounts(model.index, visible, node) : { shown: 0, undisclosed: 0 };
    // The disclosed sum is said only when some amount is known: never "$0" for what nobody reported.
    const amount = visible?.nodeAmount[node] ?? 0;
    const disclosed = counts.shown > counts.undisclosed ? [t(lang, "graph.disclosed", { amount: formatUsd(lang, amount) })] : [];
    const deals = [
      tn(lang, "graph.dealsShown", counts.shown),
      ...disclosed,
      ...(counts.undisclosed > 0 ? [tn(lang, "graph.undisclosedCount", counts.undisclosed)] : []),
    ];
    const kind = t(lang, record?.kind === "investor" ? "selection.investor" : "selection.startup");
    return t(lang, "graph.node", { name: shortName(record, lang, record?.id ?? ""), kind, deals: deals.join(lang === "zh" ? "，" : ", ") });
  };
  const moveTo = (model: Model, node: number, prefix?: (name: string) => string): void => {
    const record = model.dataset.nodes[node];
    if (!record) return;
    apply(store, keyboardOn(record.id));
    const state = store.getState();
    const text = describe(state, model, node);
    say(prefix ? prefix(text) : text);
  };
  const isVisible = (state: AppState, node: number | null): node is number =>
    node !== null && (selectVisible(state)?.nodeDeals[node] ?? 0) > 0;
  const start = (state: AppState, model: Model): number | null => {
    for (const candidate of [indexOf(model, state.keyboardNode), indexOf(model, state.focus), indexOf(model, last)])
      if (isVisible(state, candidate)) return candidate;
    const visible = selectVisible(state);
    return visible ? busiestNode(visible) : null;
  };
  const goStart = (): number | null => {
    const state = store.getState();
    if (!state.model) return null;
    const node = start(state, state.model);
    if (node === null) say(t(state.lang, "graph.empty"));
    else if (indexOf(state.model, state.keyboardNode) !== node) moveTo(state.model, node);
    return node;
  };

  const onKey = (event: KeyboardEvent): void => {
    if (event.target !== container || event.altKey || event.ctrlKey || event.metaKey) return;
    const state = store.getState();
    const { model, lang } = state;
    if (!model) return;
    const direction = DIRECTIONS[event.key];
    const key = event.key.toLowerCase();
    if (!direction && key !== "n" && event.key !== "Enter" && event.key !== "Escape" && event.key !== "Home") return;
    event.preventDefault();
    let current = indexOf(model, state.keyboardNode);
    if (current === null && event.key !== "Escape") current = goStart();
    if (current === null) return;
    const name = (node: number): string => shortName(model.dataset.nodes[node], lang, model.dataset.nodes[node]?.id ?? "");
    if (direction) {
      walk = null;
      const points = options.points().filter((point) => isVisible(state, point.node));
      const from = points.find((point) => point.node === current);
      const next = from ? nearestInDirection(from, direction, points) : start(state, model);
      if (next === null || next === current) say(t(lang, `graph.none.${direction}`, { name: name(current) }));
      else moveTo(model, next);
    } else if (key === "n") {
      if (!walk || walk.partners[walk.at] !== current) {
        const visible = selectVisible(state);
        const partners = visible ? partnersInOrder(model.index, visible, current).map((partner) => partner.node) : [];
        if (partners.length === 0) return say(t(lang, "graph.noPartner", { name: name(current) }));
        walk = { anchor: current, partners, at: event.shiftKey ? partners.length - 1 : 0 };
      } else walk.at = (walk.at + (event.shiftKey ? -1 : 1) + walk.partners.length) % walk.partners.length;
      const { anchor, partners, at } = walk;
      const target = partners[at];
      if (target !== undefined)
        moveTo(model, target, (text) =>
          t(lang, "graph.partner", { at: String(at + 1), total: String(partners.length), anchor: name(anchor), node: text }),
        );
    } else if (event.key === "Enter") {
      const id = model.dataset.nodes[current]?.id;
      if (id === undefined) return;
      apply(store, openDetails(id));
      say(t(lang, "graph.opened", { name: name(current) }));
    } else if (event.key === "Escape") {
      // Back one step: first the details, then the partner walk (to where it started).
      if (state.focus !== null) {
        apply(store, closeDetails());
        say(t(lang, "graph.closed"));
      } else if (walk) {
        const { anchor } = walk;
        walk = null;
        moveTo(model, anchor, (text) => t(lang, "graph.back", { name: text }));
      }
    } else if (event.key === "Home") {
      walk = null;
      const visible = selectVisible(state);
      const busiest = visible ? busiestNode(visible) : null;
      if (busiest === null) say(t(lang, "graph.empty"));
      else moveTo(model, busiest);
    }
  };
  // Only a keyboard focus (Tab) puts the ring on a node; a click on the graph is the pointer's.
  const onFocus = (): void => {
    if (container.matches(":focus-visible")) goStart();
  };
  const onBlur = (): void => {
    last = store.getState().keyboardNode ?? last;
    walk = null;
    apply(store, keyboardLeave());
  };
  container.addEventListener("keydown", onKey);
  container.addEventListener("focus", onFocus);
  container.addEventListener("blur", onBlur);
  // Mounted late (graphKeyboardLater.ts): a focus that came first still puts the ring on a node.
  if (document.activeElement === container) onFocus();

  const render = (state: AppState): void => {
    instruction.textContent = t(state.lang, "graph.keys");
  };
  const mark = (state: AppState): void => {
    if (state.keyboardNode === null) delete container.dataset["keyboardNode"];
    else container.dataset["keyboardNode"] = state.keyboardNode;
  };
  render(store.getState());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) render(state);
    if (state.keyboardNode !== previous.keyboardNode) mark(state);
    if (state.model !== previous.model) {
      walk = null;
      last = null;
    }
  });
  return () => {
    unsubscribe();
    container.removeEventListener("keydown", onKey);
    container.removeEventListener("focus", onFocus);
    container.removeEventListener("blur", onBlur);
    instruction.remove();
    live.remove();
  };
}
