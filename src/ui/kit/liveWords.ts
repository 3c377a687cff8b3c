// Words that follow a live language switch: a control registers its text or attribute once, as a
// function of the language, and it is rewritten on every switch. Must not: hold any other state.
import type { AppStore } from "../../state/store";
import type { Language } from "../../state/url";

export interface LiveWords {
  /** Sets the element's text now and after each language switch; returns the element. */
  text<E extends Element>(element: E, words: (lang: Language) => string): E;
  /** The same for an attribute (aria-label, title, placeholder...). */
  attr<E extends Element>(element: E, name: string, words: (lang: Language) => string): E;
  /** Runs any other rewrite (a whole label built from parts) now and on each switch. */
  each(rewrite: (lang: Language) => void): void;
  dispose(): void;
}

export function liveWords(store: AppStore): LiveWords {
  const rewrites: Array<(lang: Language) => void> = [];
  const each = (rewrite: (lang: Language) => void): void => {
    rewrites.push(rewrite);
    rewrite(store.getState().lang);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) for (const rewrite of rewrites) rewrite(state.lang);
  });
  return {
    text(element, words) {
      each((lang) => void (element.textContent = words(lang)));
      return element;
    },
    attr(element, name, words) {
      each((lang) => element.setAttribute(name, words(lang)));
      return element;
    },
    each,
    dispose() {
      unsubscribe();
      rewrites.length = 0;
    },
  };
}
