// The story step's caption above the graph: title and text in the reader's language, "step 2 of 5",
// previous / next. It reads the store and changes it only through the named step transitions.
import { captionOf, stepBy } from "../../state/storyStep";
import type { AppState, AppStore } from "../../state/store";
import { apply } from "../../state/transitions";
import { t } from "../../words/i18n";
import { el } from "../kit/dom";
import "./story.css";

export function mountStoryCaption(element: HTMLElement, store: AppStore): () => void {
  element.classList.add("story-caption");
  element.setAttribute("aria-label", t(store.getState().lang, "story.label"));
  const counter = el("p", { class: "story-caption__count" });
  const title = el("h2", { class: "story-caption__title" });
  const text = el("p", { class: "story-caption__text" });
  // The words change with the step: a polite live region reads the new caption once.
  const words = el("div", { class: "story-caption__words", "aria-live": "polite", "aria-atomic": "true" });
  words.append(counter, title, text);
  const previous = el("button", { type: "button", class: "story-caption__button", "data-action": "story-previous" });
  const next = el("button", { type: "button", class: "story-caption__button", "data-action": "story-next" });
  previous.addEventListener("click", () => apply(store, stepBy(-1)));
  next.addEventListener("click", () => apply(store, stepBy(1)));
  const nav = el("nav", { class: "story-caption__nav" });
  nav.append(previous, next);
  element.replaceChildren(words, nav);

  const render = (state: AppState): void => {
    const step = state.step === null ? undefined : state.story.steps[state.step - 1];
    element.hidden = !step;
    element.dataset.step = step ? String(step.number) : "";
    if (!step) return;
    const { lang } = state;
    const caption = captionOf(step, lang);
    const count = state.story.steps.length;
    counter.textContent = t(lang, "story.count", { step: String(step.number), count: String(count) });
    title.textContent = caption.title;
    title.hidden = caption.title === "";
    text.textContent = caption.text;
    element.setAttribute("aria-label", t(lang, "story.label"));
    nav.setAttribute("aria-label", t(lang, "story.nav"));
    previous.textContent = `‹ ${t(lang, "story.previous")}`;
    next.textContent = `${t(lang, "story.next")} ›`;
    // aria-disabled, not disabled: a keyboard reader pressing "next" at the end keeps their focus.
    previous.setAttribute("aria-disabled", String(step.number <= 1));
    next.setAttribute("aria-disabled", String(step.number >= count));
  };
  // Panels placed over the graph (the details card) start below the caption, not over its buttons.
  const region = element.parentElement;
  const publishHeight = (): void =>
    region?.style.setProperty("--story-caption-bottom", `${element.hidden ? 0 : element.offsetTop + element.offsetHeight}px`);
  const resize = new ResizeObserver(publishHeight);
  resize.observe(element);
  render(store.getState());
  const unsubscribe = store.subscribe((state, before) => {
    if (state.step !== before.step || state.story !== before.story || state.lang !== before.lang) render(state);
  });
  return () => {
    unsubscribe();
    resize.disconnect();
  };
}
