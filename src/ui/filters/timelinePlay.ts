// "Play years": steps the year filter through the data's years cumulatively, so the network grows
// year by year. With prefers-reduced-motion it never advances on its own: each press is one step.
import "../../words/toolWords";
import type { Model } from "../../model/model";
import { setYears } from "../../state/filters";
import { updateFilters, type AppState, type AppStore } from "../../state/store";
import { el } from "../kit/dom";
import { t } from "../../words/i18n";

const STEP_MS = 1100;

/** What the filter panel holds of a mounted play button: an update per store change, and a disposer. */
export interface MountedPlay {
  readonly update: (state: AppState) => void;
  /** Stops the timer: the panel calls it before it rebuilds (a language switch) or goes. */
  readonly dispose: () => void;
}

export function mountTimelinePlay(container: HTMLElement, store: AppStore, model: Model): MountedPlay {
  const extent = model.index.yearExtent;
  const lang = () => store.getState().lang;
  const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const button = el("button", {
    type: "button",
    class: "button play",
    "data-action": "play-years",
    "aria-pressed": "false",
    title: t(lang(), "play.label"),
  });
  button.textContent = reduced ? t(lang(), "play.step") : t(lang(), "play.play");
  container.append(button);
  if (!extent || extent[0] === extent[1]) {
    button.disabled = true;
    return { update: () => undefined, dispose: () => undefined };
  }
  const [first, last] = extent;
  let timer: ReturnType<typeof setInterval> | null = null;
  /** The year the play wrote last; any other change of the years (a brush, a field) stops playing. */
  let written: number | null = null;

  const stop = (): void => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    button.setAttribute("aria-pressed", "false");
    if (!reduced) button.textContent = t(lang(), "play.play");
  };
  const step = (): void => {
    const years = store.getState().filters.years;
    // Start over from the first year unless we are in the middle of our own run.
    const current = years && years[0] === first && written === years[1] ? years[1] : first - 1;
    const next = current >= last ? first : current + 1;
    written = next;
    updateFilters(store, setYears([first, next], extent));
    if (next >= last) stop();
  };
  button.addEventListener("click", () => {
    if (reduced) return step();
    if (timer !== null) return stop();
    button.setAttribute("aria-pressed", "true");
    button.textContent = t(lang(), "play.pause");
    step();
    timer = setInterval(step, STEP_MS);
  });

  return {
    update: (state) => {
      const years = state.filters.years;
      const ours = years !== null && years[0] === first && years[1] === written;
      const whole = years === null && written === last;
      if (timer !== null && !ours && !whole) stop();
    },
    dispose: stop,
  };
}
