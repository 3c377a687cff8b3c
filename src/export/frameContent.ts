// What the frame of an exported picture says, from the store's state: title, active filters (and
// the highlighted company), a legend of what is shown, and credit · source · date. Pure, no DOM.
import { formColor, NODE_COLORS_BY_THEME } from "../config/forms";
import { nodeById } from "../model/model";
import type { AppState } from "../state/store";
import { describeFilters } from "../words/describeView";
import { formatDate } from "../words/format";
import { t } from "../words/i18n";
import type { FrameContent, LegendEntry } from "./frame";
import { formName, formRecord, shortName } from "../words/names";

/** Title, active filters, the legend of what is shown, and credit · source · date, from the state. */
export function frameContentOf(state: AppState, today: Date): FrameContent | null {
  const { model, lang, filters, theme } = state;
  if (!model) return null;
  const { meta } = model.dataset;
  // The data may carry its own translations of title and credit (as the page header shows them).
  const translated = lang === "en" ? undefined : meta.translations?.[lang];
  const focus = state.focus ? nodeById(model, state.focus) : undefined;
  const focusLabel = focus ? shortName(focus, lang) : null;
  const filterText = describeFilters(filters, model, lang);
  const legend: LegendEntry[] = [
    { label: t(lang, "legend.investor"), color: NODE_COLORS_BY_THEME[theme].investor, mark: "dot" },
    { label: t(lang, "legend.startup"), color: NODE_COLORS_BY_THEME[theme].startup, mark: "dot" },
  ];
  for (const form of filters.forms ?? model.index.forms) {
    legend.push({ label: formName(meta, form, lang), color: formRecord(meta, form)?.color ?? formColor(form, theme), mark: "line" });
  }
  const date = meta.updated ? t(lang, "export.dataAsOf", { date: formatDate(lang, meta.updated) }) : t(lang, "export.exportedOn", { date: formatDate(lang, today.toISOString().slice(0, 10)) });
  return {
    title: translated?.title ?? meta.title,
    filters: focusLabel ? `${filterText} · ${t(lang, "export.highlighted", { name: focusLabel })}` : filterText,
    legend,
    credit: [translated?.credit ?? meta.credit, t(lang, "export.source", { origin: model.origin }), date].filter(Boolean).join(" · "),
  };
}
