// What the frame of an exported picture says, from the store's state: title, active filters (and
// the highlighted company), a legend of what is shown, and credit · source · date. Pure, no DOM.
import "../words/toolWords";
import { formColor } from "../config/forms";
import type { Communities } from "../model/communities";
import { nodeById } from "../model/model";
import { shownMeta } from "../state/edits";
import type { AppState } from "../state/store";
import { captionOf } from "../state/storyStep";
import { colorKeyOf } from "../words/colorKey";
import { describeFilters } from "../words/describeView";
import { formatCount, formatDate } from "../words/format";
import { t } from "../words/i18n";
import type { FrameContent, LegendEntry } from "./frame";
import { formName, formRecord, shortName } from "../words/names";

/** Title, active filters, the legend of what is shown, and credit · source · date, from the state. */
export function frameContentOf(state: AppState, today: Date, communities: Communities | null = null): FrameContent | null {
  const { model, lang, filters, theme } = state;
  // The editor's draft shows in the picture as in the header (a published fallback carries the new title).
  const meta = shownMeta(state);
  if (!model || !meta) return null;
  // The data may carry its own translations of title and credit (as the page header shows them).
  const translated = lang === "en" ? undefined : meta.translations?.[lang];
  const focus = state.focus ? nodeById(model, state.focus) : undefined;
  const focusLabel = focus ? shortName(focus, lang) : null;
  const filterText = describeFilters(filters, model, lang);
  // The colour key in force (kind, category, sector or community), as the live legend shows it.
  const legend: LegendEntry[] = colorKeyOf(model, state.display.color, theme, lang, communities).entries.map((entry) => ({
    label: entry.label,
    color: entry.color,
    mark: "dot",
  }));
  for (const form of filters.forms ?? model.index.forms) {
    legend.push({ label: formName(meta, form, lang), color: formRecord(meta, form)?.color ?? formColor(form, theme), mark: "line" });
  }
  const date = meta.updated
    ? t(lang, "export.dataAsOf", { date: formatDate(lang, meta.updated) })
    : t(lang, "export.exportedOn", { date: formatDate(lang, today.toISOString().slice(0, 10)) });
  const step = state.step === null ? undefined : state.story.steps[state.step - 1];
  const caption = step ? captionOf(step, lang) : null;
  const count = t(lang, "export.storyStep", {
    step: formatCount(lang, step?.number ?? 0),
    count: formatCount(lang, state.story.steps.length),
  });
  return {
    caption: caption ? { heading: caption.title ? `${count} · ${caption.title}` : count, text: caption.text } : null,
    title: translated?.title ?? meta.title,
    filters: focusLabel ? `${filterText} · ${t(lang, "export.highlighted", { name: focusLabel })}` : filterText,
    legend,
    credit: [translated?.credit ?? meta.credit, t(lang, "export.source", { origin: model.origin }), date].filter(Boolean).join(" · "),
  };
}
