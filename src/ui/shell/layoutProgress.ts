// The layout bar: progress and Stop while the layout runs in its worker; Re-run (from scratch,
// seeded) and Continue (from the current positions) once it has stopped or settled.
// Must not: run the layout itself; it calls the actions main.ts gives it.
import "../../words/toolWords";
import type { AppStore } from "../../state/store";
import { el } from "../kit/dom";
import { t } from "../../words/i18n";

export interface LayoutActions {
  readonly stop: () => void;
  readonly rerun: () => void;
  readonly continue: () => void;
}

export function mountLayoutProgress(container: HTMLElement, store: AppStore, actions: LayoutActions): () => void {
  const label = el("span", { class: "layout-progress__label", id: "layout-progress-label", "aria-live": "polite" });
  const bar = el("progress", { max: 1, value: 0, "aria-labelledby": "layout-progress-label" });
  const stop = el("button", { type: "button", class: "button", "data-action": "stop-layout" });
  const rerun = el("button", { type: "button", class: "button", "data-action": "rerun-layout" });
  const resume = el("button", { type: "button", class: "button", "data-action": "continue-layout" });
  stop.addEventListener("click", actions.stop);
  rerun.addEventListener("click", actions.rerun);
  resume.addEventListener("click", actions.continue);
  container.append(label, bar, stop, rerun, resume);
  const render = (): void => {
    const { layout, lang } = store.getState();
    container.hidden = !layout.running && !layout.ran;
    label.textContent = t(lang, layout.running ? "layout.running" : layout.progress >= 1 ? "layout.settled" : "layout.stopped");
    stop.textContent = t(lang, "layout.stop");
    rerun.textContent = t(lang, "layout.rerun");
    resume.textContent = t(lang, "layout.continue");
    stop.hidden = !layout.running;
    rerun.hidden = layout.running;
    resume.hidden = layout.running;
    bar.hidden = !layout.running;
    bar.value = layout.progress;
  };
  render();
  return store.subscribe((state, previous) => {
    if (state.layout !== previous.layout || state.lang !== previous.lang) render();
  });
}
