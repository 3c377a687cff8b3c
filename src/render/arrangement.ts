// Keeps the picture in the arrangement the store asks for (layout=, ego=) and the colour key
// (color=): positions through the reducers (the graph keeps the force layout's), an animated
// move (~500 ms, a cut under reduced motion), the camera following the year filter, overlays.
// Must not: compute a placement per filter change (they are memoised per model and arrangement).
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../model/graph";
import type { Model } from "../model/model";
import type { PlacementKey } from "../layout/arrange/index";
import type { Mark, Placement } from "../layout/arrange/types";
import { affineOf, type PictureLayers, type ToViewport } from "../export/layers";
import { scopeOf } from "../state/scope";
import type { AppState, AppStore } from "../state/store";
import { t } from "../words/i18n";
import { drawBack, drawFront, mountOverlayCanvases, type OverlayContent } from "./overlays";
import type { ViewState } from "./viewState";
import { RENDER_THEMES } from "./style";
import { colourKeyView } from "./colourKey";

const DURATION = 500;
/** Below this width the bipartite layout stands in rows (investors above startups). */
const NARROW = 600;

type ExplorerSigma = Sigma<NodeAttributes, EdgeAttributes>;
type World = NonNullable<OverlayContent["world"]>;

export interface ArrangementView {
  /** Displayed positions of every node, in data order. */
  positions(): Array<[number, number]>;
  /** Resolves once the positions asked for are drawn (after any move). */
  settled(): Promise<void>;
  readonly layers: PictureLayers;
  update(state: AppState, previous: AppState): void;
  kill(): void;
}

function keyFor(state: AppState, model: Model, narrow: boolean): PlacementKey | null {
  const scope = scopeOf(state.filters);
  const ego = scope.ego === null ? undefined : model.nodeIndexById.get(scope.ego);
  if (ego !== undefined) return { ego, depth: scope.depth };
  const { arrangement } = state.display;
  if (arrangement === "force") return null;
  return arrangement === "bipartite" ? { arrangement, rows: narrow } : { arrangement };
}

function keyName(key: PlacementKey | null): string {
  if (key === null) return "force";
  return "ego" in key ? "ego" : key.arrangement;
}

export function mountArrangement(
  sigma: ExplorerSigma,
  container: HTMLElement,
  store: AppStore,
  model: Model,
  view: ViewState,
  animate: boolean,
): ArrangementView {
  const { graph } = model;
  const count = model.dataset.nodes.length;
  let killed = false;
  let marks: readonly Mark[] = [];
  let world: World | null = null;
  let current: PlacementKey | null = null;
  let currentName = "force";
  let frame = 0;
  let waiting: Array<() => void> = [];
  let pending = 0;
  const state = (): AppState => store.getState();

  const content = (): OverlayContent => ({
    marks,
    years: state().display.arrangement === "year" ? state().filters.years : null,
    // At the members' centre as drawn now (the arrangement may have moved them since).
    clusters: colours.clusters(),
    theme: RENDER_THEMES[state().theme],
    word: (mark) => (typeof mark.text === "string" ? mark.text : t(state().lang, `mark.${mark.text.word}`)),
    world,
  });
  const colours = colourKeyView(
    sigma,
    store,
    model,
    view,
    () => graphPositions(),
    () => killed,
  );
  const recolour = (): Promise<void> => colours.recolour();
  const back = drawBack(content);
  const front = drawFront(content);
  const toViewport: ToViewport = (x, y) => sigma.graphToViewport({ x, y });
  const overlays = mountOverlayCanvases(container, back, front, (x, y) => affineOf(toViewport)(x, y));
  sigma.on("afterRender", () => overlays.draw());

  const graphPositions = (): { x: Float32Array; y: Float32Array } => {
    const x = new Float32Array(count);
    const y = new Float32Array(count);
    graph.forEachNode((_key, attributes) => {
      x[attributes.index] = attributes.x;
      y[attributes.index] = attributes.y;
    });
    return { x, y };
  };
  /**
   * sigma 3 reads positions from the graph at every indexation (a reducer cannot move nodes), so an
   * arrangement writes them there, quietly; the force layout's are kept aside and put back.
   */
  const writePositions = (x: ArrayLike<number>, y: ArrayLike<number>): void => {
    graph.forEachNode((_key, attributes) => {
      attributes.x = x[attributes.index] ?? 0;
      attributes.y = y[attributes.index] ?? 0;
    });
  };
  let forcePositions: { x: Float32Array; y: Float32Array } | null = null;

  const settle = (): void => {
    container.dataset["arrangement"] = currentName;
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  };

  /** Moves from what is shown to `target` (null: the force layout's positions), then settles. */
  const moveTo = (target: Placement | null, name: string): void => {
    cancelAnimationFrame(frame);
    const from = graphPositions();
    if (target && !forcePositions) forcePositions = from;
    const to = target ?? forcePositions ?? from;
    if (!target) forcePositions = null;
    marks = [];
    view.labelLeft = null;
    // While another arrangement shows, the links and labels stay drawn even if the force layout runs.
    view.place = target ? { x: target.x, y: target.y } : null;
    currentName = name;
    const finish = (): void => {
      frame = 0;
      writePositions(to.x, to.y);
      marks = target?.marks ?? [];
      if (name === "bipartite" && marks.length > 0)
        view.labelLeft = Uint8Array.from(model.dataset.nodes, (node) => (node.kind === "investor" ? 1 : 0));
      sigma.refresh();
      followYears(false);
      settle();
    };
    const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;
    if (!animate || reduced) {
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      finish();
      return;
    }
    const x = from.x.slice();
    const y = from.y.slice();
    void sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: DURATION });
    const started = performance.now();
    const step = (now: number): void => {
      if (killed) return;
      const linear = Math.min(1, (now - started) / DURATION);
      const k = linear < 0.5 ? 2 * linear * linear : 1 - (-2 * linear + 2) ** 2 / 2;
      for (let i = 0; i < count; i++) {
        x[i] = (from.x[i] ?? 0) + ((to.x[i] ?? 0) - (from.x[i] ?? 0)) * k;
        y[i] = (from.y[i] ?? 0) + ((to.y[i] ?? 0) - (from.y[i] ?? 0)) * k;
      }
      writePositions(x, y);
      sigma.refresh();
      if (linear < 1) frame = requestAnimationFrame(step);
      else finish();
    };
    frame = requestAnimationFrame(step);
  };

  /** Puts the picture in the arrangement the state asks for; placements load with their code. */
  const arrange = async (): Promise<void> => {
    const key = keyFor(state(), model, container.clientWidth < NARROW);
    const text = JSON.stringify(key);
    if (text === JSON.stringify(current) && pending === 0) return;
    current = key;
    const ticket = ++pending;
    const name = keyName(key);
    const wantsWorld = name === "map" && !world;
    const [placement, outline, curve] = await Promise.all([
      key === null ? null : import("../layout/arrange/index").then(({ placementFor }) => placementFor(model, key)),
      wantsWorld ? import("./worldOutline").then((module) => module.drawWorld) : null,
      name === "map" ? import("@sigma/edge-curve").then((module) => module.createEdgeCurveProgram<NodeAttributes, EdgeAttributes>()) : null,
    ]);
    if (killed || ticket !== pending) return;
    pending = 0;
    if (outline) world = outline;
    if (curve && !sigma.getSettings().edgeProgramClasses["curved"])
      sigma.setSettings({ edgeProgramClasses: { ...sigma.getSettings().edgeProgramClasses, curved: curve } });
    view.edgeType = name === "map" ? "curved" : null;
    moveTo(placement, name);
  };

  /** The year layout shows the filter's years: the camera frames them (positions do not move). */
  const followYears = (smooth: boolean): void => {
    const { display, filters } = state();
    if (display.arrangement !== "year" || currentName !== "year" || !filters.years) return;
    const yearMark = marks.find((mark) => mark.kind === "axis");
    if (!yearMark || yearMark.kind !== "axis") return;
    const first = yearMark.ticks[0]?.year ?? filters.years[0];
    const x0 = (filters.years[0] - first) * 2 * yearMark.halfYear - yearMark.halfYear;
    const x1 = (filters.years[1] - first) * 2 * yearMark.halfYear + yearMark.halfYear;
    const box = sigma.getBBox();
    const framed = (gx: number, gy: number) => sigma.viewportToFramedGraph(sigma.graphToViewport({ x: gx, y: gy }));
    const midY = (box.y[0] + box.y[1]) / 2;
    const a = framed(x0, midY);
    const b = framed(x1, midY);
    const whole = Math.abs(framed(box.x[1], midY).x - framed(box.x[0], midY).x) || 1;
    const target = { x: (a.x + b.x) / 2, y: a.y, ratio: Math.min(1, Math.max(0.05, (Math.abs(b.x - a.x) / whole) * 1.05)) };
    const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;
    if (smooth && !reduced) void sigma.getCamera().animate(target, { duration: 300 });
    else sigma.getCamera().setState(target);
  };

  const resize = new ResizeObserver(() => {
    if (
      state().display.arrangement === "bipartite" &&
      (current === null || ("rows" in current && current.rows !== container.clientWidth < NARROW))
    )
      void arrange();
  });
  resize.observe(container);

  void arrange();
  if (state().display.color !== "kind") void recolour();
  if (keyFor(state(), model, false) === null) settle();

  return {
    positions: () => {
      const { x, y } = graphPositions();
      return Array.from(x, (px, i) => [px, y[i] ?? 0]);
    },
    settled: () =>
      pending === 0 && frame === 0 && container.dataset["arrangement"] === keyName(current)
        ? Promise.resolve()
        : new Promise((resolve) => waiting.push(resolve)),
    layers: { back, front },
    update: (next, previous) => {
      if (
        next.display.arrangement !== previous.display.arrangement ||
        scopeOf(next.filters).ego !== scopeOf(previous.filters).ego ||
        scopeOf(next.filters).depth !== scopeOf(previous.filters).depth
      )
        void arrange();
      else if (next.filters.years !== previous.filters.years) {
        followYears(true);
        sigma.scheduleRender();
      }
      if (next.display.color !== previous.display.color || next.theme !== previous.theme || next.lang !== previous.lang) void recolour();
      // Community names sit at their members' centre: follow the arrangement once it is drawn.
      if (next.display.arrangement !== previous.display.arrangement && next.display.color === "community")
        void settledThen(() => void recolour());
    },
    kill: () => {
      killed = true;
      cancelAnimationFrame(frame);
      resize.disconnect();
      overlays.kill();
    },
  };

  function settledThen(run: () => void): Promise<void> {
    return new Promise<void>((resolve) => waiting.push(resolve)).then(run);
  }
}
