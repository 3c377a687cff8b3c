// When WebGL is missing or its context is lost (store `renderer: "failed"`): a notice, the view's
// picture when the embed was given one (`picture=`, http(s) only), and the table in place of the graph.
// Must not: throw, or load a picture from anything but an http(s) URL.
import type { AppStore } from "../../state/store";
import { el, safeHref } from "../kit/dom";
import { t } from "../../words/i18n";
import "./fallback.css";

export function mountFallback(container: HTMLElement, root: HTMLElement, store: AppStore, params: URLSearchParams): () => void {
  const render = (): void => {
    const { renderer, lang, model } = store.getState();
    const failed = renderer === "failed";
    root.classList.toggle("is-renderer-failed", failed);
    container.hidden = !failed;
    container.replaceChildren();
    if (!failed) return;
    container.append(el("p", { class: "fallback__message", role: "status" }, t(lang, "fallback.message")));
    const picture = safeHref(params.get("picture") ?? undefined);
    if (picture) {
      const alt = model ? `${t(lang, "fallback.picture")}: ${model.dataset.meta.title}` : t(lang, "fallback.picture");
      container.append(el("img", { class: "fallback__picture", src: picture, alt, decoding: "async" }));
    }
  };
  render();
  return store.subscribe((state, previous) => {
    if (state.renderer === previous.renderer && state.lang === previous.lang && state.model === previous.model) return;
    render();
  });
}
