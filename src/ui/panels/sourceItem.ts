// One source in a list: publication, title, date, and the site the link opens whenever that is not
// the publication's own ("copy at goldberglawma.com"). Text only; links only http(s).
import "../../words/toolWords";
import type { Source } from "../../io/schema";
import { sourceSite } from "../../io/sourceSite";
import type { Language } from "../../state/url";
import { t } from "../../words/i18n";
import { el, safeHref } from "../kit/dom";

export function sourceItem(source: Source, lang: Language): HTMLLIElement {
  const site = sourceSite(source);
  const entry = el("li", { class: "source", "data-source-kind": site.kind });
  const href = safeHref(source.url);
  const text = [source.publisher, source.title].filter(Boolean).join(": ") || source.url || "";
  entry.append(href ? el("a", { href, rel: "noopener noreferrer", target: "_blank" }, text) : el("span", {}, text));
  if (source.date) entry.append(el("span", { class: "source__date" }, ` (${source.date})`));
  if (site.host && site.kind !== "original") {
    const where = t(lang, site.kind === "copy" ? "source.copyAt" : "source.opens", { host: site.host });
    entry.append(el("span", { class: `source__site source__site--${site.kind}`, "data-host": site.host }, ` · ${where}`));
  }
  return entry;
}
