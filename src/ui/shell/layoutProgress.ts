// Shows layout progress with a stop button while ForceAtlas2 runs in its worker.
import type { AppStore } from "../../state/store";
import { el } from "../kit/dom";
import { t } from "../../words/i18n";

export function mountLayoutProgress(container: HTMLElement, store: AppStore, stop: () => void): () => void {
  const label = el("span", { class: "layout-progress__label", id: "layout-progress-label" });
  const bar = el("progress", { max: 1, value: 0, "aria-labelledby": "layout-progress-label" });
  const button = el("button", { type: "button", class: "button", "data-action": "stop-layout" });
  button.addEventListener("click", stop);
  container.append(label, bar, button);
  const render = (): void => {
    const { layout, lang } = store.getState();
    container.hidden = !layout.running;
    label.textContent = t(lang, "layout.running");
    button.textContent = t(lang, "layout.stop");
    bar.value = layout.progress;
  };
  render();
  return store.subscribe((state, previous) => {
    if (state.layout !== previous.layout || state.lang !== previous.lang) render();
  });
}
