// The language menu (en, 한국어, 中文): switches the interface and node labels; the URL keeps it.
// Each option names its language in that language, so a reader finds their own.
import type { AppStore } from "../../state/store";
import { isLanguage, LANGUAGES, type Language } from "../../state/url";
import { el, uniqueId } from "../kit/dom";
import { t } from "../../words/i18n";
import { apply, setLanguage } from "../../state/transitions";

const NAMES: Readonly<Record<Language, string>> = { en: "English", ko: "한국어", zh: "中文" };

export function mountLanguageSwitch(container: HTMLElement, store: AppStore): () => void {
  const id = uniqueId("lang");
  const label = el("label", { for: id, class: "visually-hidden" });
  const select = el("select", { id, class: "lang-switch", "data-action": "language" });
  for (const lang of LANGUAGES) select.append(el("option", { value: lang, lang }, NAMES[lang]));
  select.addEventListener("change", () => {
    if (isLanguage(select.value)) apply(store, setLanguage(select.value));
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
