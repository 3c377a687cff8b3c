// Errors and notices (role=alert): what went wrong and where, with the page still usable.
// Shows the first few, says how many more; dismissing clears them from the store.
import { formatIssue } from "../../io/issues";
import type { AppStore } from "../../state/store";
import { el } from "../kit/dom";
import { t } from "../../words/i18n";
import { apply, dismissNotices } from "../../state/transitions";

const SHOWN = 8;

export function mountAlerts(element: HTMLElement, store: AppStore): () => void {
  element.setAttribute("role", "alert");
  const render = (): void => {
    const { notices, lang } = store.getState();
    element.replaceChildren();
    element.hidden = notices.length === 0;
    if (notices.length === 0) return;
    const list = el("ul", { class: "alerts__list" });
    for (const notice of notices.slice(0, SHOWN)) {
      list.append(el("li", { class: `alerts__item alerts__item--${notice.severity}` }, formatIssue(notice, notice.source)));
    }
    if (notices.length > SHOWN)
      list.append(el("li", { class: "alerts__more" }, t(lang, "alerts.more", { count: String(notices.length - SHOWN) })));
    const dismiss = el("button", { type: "button", class: "alerts__dismiss", "data-action": "dismiss-alerts" }, t(lang, "alerts.dismiss"));
    dismiss.addEventListener("click", () => apply(store, dismissNotices()));
    element.append(list, dismiss);
  };
  render();
  return store.subscribe((state, previous) => {
    if (state.notices !== previous.notices || state.lang !== previous.lang) render();
  });
}
