// The claims panel (#claims): "What the article says" — each claim of meta.claims, its status and
// sources, and the explorer's own figure beside it (filter/claims.ts) or why there is none. Owns no data.
import "../../words/toolWords";
import "./insights.css";
import { computeClaims } from "../../filter/claims";
import type { AppState, AppStore } from "../../state/store";
import { claimFigureLines } from "../../words/claims";
import { t } from "../../words/i18n";
import { formatIssue } from "../../io/issues";
import { afterPaint, el } from "../kit/dom";
import { sourceItem } from "./sourceItem";

export function mountClaimsPanel(container: HTMLElement, store: AppStore): () => void {
  container.setAttribute("aria-labelledby", "claims-title");

  const render = (state: AppState): void => {
    container.replaceChildren();
    const { model, lang } = state;
    const view = model ? computeClaims(model) : null;
    container.hidden = !model || !view || (view.rows.length === 0 && view.issues.length === 0);
    if (!model || !view || container.hidden) return;
    container.append(
      el("h2", { class: "panel__title", id: "claims-title" }, t(lang, "claims.title")),
      el("p", { class: "insights__note" }, t(lang, "claims.note")),
    );
    if (view.issues.length > 0) {
      const first = view.issues[0];
      container.append(
        el(
          "p",
          { class: "insights__note claims__skipped", role: "note" },
          t(lang, "claims.skipped", { count: String(view.issues.length), first: first ? formatIssue(first) : "" }),
        ),
      );
    }
    const list = el("ol", { class: "claims__list" });
    for (const row of view.rows) {
      const item = el("li", { class: "claims__item", "data-claim": row.id });
      // The research prose is the data's own (English, format v1's base language): marked so, for screen readers and translators.
      item.append(
        el("p", { class: "claims__claim", lang: "en" }, row.claim),
        el("p", { class: "claims__status", "data-status": row.status }, t(lang, "claims.status", { status: row.status })),
      );
      if (row.figure) {
        const cannot = row.figure.kind === "none";
        const ours = el("div", { class: cannot ? "claims__ours is-cannot" : "claims__ours", "data-figure-kind": row.figure.kind });
        ours.append(el("span", { class: "claims__ours-label" }, `${t(lang, cannot ? "claims.cannot" : "claims.ours")}: `));
        for (const line of claimFigureLines(row.figure, model, lang)) ours.append(el("span", { class: "claims__ours-line" }, line));
        item.append(ours);
      }
      if (row.detail) {
        const detail = el("details", { class: "claims__detail" });
        detail.append(el("summary", {}, t(lang, "claims.detail")), el("p", { lang: "en" }, row.detail));
        item.append(detail);
      }
      if (row.sources.length > 0) {
        const sources = el("details", { class: "claims__sources" });
        const links = el("ul", { class: "deal__sources" });
        for (const source of row.sources) links.append(sourceItem(source, lang));
        sources.append(el("summary", {}, t(lang, "claims.sources", { count: String(row.sources.length) })), links);
        item.append(sources);
      }
      list.append(item);
    }
    container.append(list);
  };

  render(store.getState());
  const renderSoon = afterPaint(() => render(store.getState()));
  const unsubscribe = store.subscribe((state, previous) => {
    // A new dataset: after the graph's first frame (ui/kit/dom.ts afterPaint).
    if (state.model !== previous.model) renderSoon();
    else if (state.lang !== previous.lang) render(state);
  });
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
