// The language menu (en, 한국어, 中文): switches the interface and node labels; the URL keeps it.
// Each option names its language in that language, so a reader finds their own.
import type { AppStore } from "../../state/store";
import { isLanguage, LANGUAGES, type Language } from "../../state/url";
import { el, uniqueId } from "../kit/dom";
import { loadLanguage, t } from "../../words/i18n";
import { apply, setLanguage } from "../../state/transitions";

const NAMES: Readonly<Record<Language, string>> = { en: "English", ko: "한국어", zh: "中文" };

export function mountLanguageSwitch(container: HTMLElement, store: AppStore): () => void {
  const id = uniqueId("lang");
  const label = el("label", { for: id, class: "visually-hidden" });
  const select = el("select", { id, class: "lang-switch", "data-action": "language" });
  for (const lang of LANGUAGES) select.append(el("option", { value: lang, lang }, NAMES[lang]));
  select.addEventListener("change", () => {
    const next = select.value;
    // The language's strings load first (their own chunk), then every panel re-renders in it.
    if (isLanguage(next)) void loadLanguage(next).then(() => apply(store, setLanguage(next)));
  });
  container.append(label, select);
  const render = (): void => {
    const { lang } = store.getState();
    select.value = lang;
    label.textContent = t(lang, "lang.label");
    document.documentElement.lang = lang;
  };
  render();
  return store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) render();
  });
}
