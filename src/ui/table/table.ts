// The table view: the visible deals as a sortable, screen-reader friendly table, switchable with the
// graph (data-view="graph" | "table"), with a CSV download of exactly the rows it holds.
import "../../words/toolWords";
import { formatCount, formatDate, formatUsd } from "../../words/format";
import { nodeById } from "../../model/model";
import type { VisibleSelector } from "../../filter/select";
import { visibleDealRows, type DealRow } from "../../filter/rows";
import { showInGraph } from "../../state/keyboard";
import { apply } from "../../state/transitions";
import type { AppState, AppStore } from "../../state/store";
import { el, safeHref } from "../kit/dom";
import { t, tn } from "../../words/i18n";
import { formName, shortName } from "../../words/names";

/** Rows drawn in the page at once; the CSV always holds all of them. */
const SHOWN_ROWS = 500;

type Column = "investor" | "startup" | "date" | "amount_shown_usd" | "form" | "confidence";
const COLUMNS: ReadonlyArray<{
  key: Column;
  label: "table.investor" | "table.startup" | "table.date" | "table.amount" | "table.form" | "table.confidence";
  numeric?: boolean;
}> = [
  { key: "investor", label: "table.investor" },
  { key: "startup", label: "table.startup" },
  { key: "date", label: "table.date" },
  { key: "amount_shown_usd", label: "table.amount", numeric: true },
  { key: "form", label: "table.form" },
  { key: "confidence", label: "table.confidence" },
];

export interface TableOptions {
  /** Moves keyboard focus to the graph after a row's "show in graph" (the table hides). */
  readonly focusGraph?: () => void;
}

export function mountTable(
  container: HTMLElement,
  store: AppStore,
  selectVisible: VisibleSelector,
  download: (rows: readonly DealRow[]) => void,
  options: TableOptions = {},
): () => void {
  let sort: { key: Column; descending: boolean } = { key: "amount_shown_usd", descending: true };
  let rows: DealRow[] = [];

  const render = (state: AppState): void => {
    container.replaceChildren();
    container.hidden = state.view !== "table";
    const visible = selectVisible(state);
    if (state.view !== "table" || !state.model || !visible) return;
    const { lang, model } = state;
    // Names and forms in the reader's language, and sorted as read; the CSV keeps the data's own words.
    const nodeName = (name: string, id: string | undefined): string => {
      const node = id === undefined ? undefined : nodeById(model, id);
      return shortName(node, lang, name);
    };
    const localForm = (form: string): string => formName(model.dataset.meta, form, lang);
    const dealIndex = new Map(model.dataset.deals.map((deal, d) => [deal.id, d]));
    const cellText = (row: DealRow, key: Column): string => {
      const value = row[key];
      const deal = key === "investor" || key === "startup" ? model.dataset.deals[dealIndex.get(row.deal) ?? -1] : undefined;
      if (key === "amount_shown_usd") return value === "" ? t(lang, "undisclosed") : formatUsd(lang, Number(value));
      if (key === "form") return formText(row, localForm, (value) => formatUsd(lang, value));
      if (key === "investor") return nodeName(value, deal?.investor);
      if (key === "startup") return nodeName(value, deal?.target);
      if (key === "date" && value) return formatDate(lang, value);
      if (key === "confidence" && value) return t(lang, `details.confidence.${value as "high" | "medium" | "low"}`);
      return value;
    };
    const numeric = COLUMNS.find((column) => column.key === sort.key)?.numeric;
    rows = visibleDealRows(model, visible);
    // Dates sort by the data's ISO text (chronological), not by how a language writes them.
    const sortText = numeric ? null : new Map(rows.map((row) => [row.deal, sort.key === "date" ? row.date : cellText(row, sort.key)]));
    const collator = new Intl.Collator(lang);
    const compare = (a: DealRow, b: DealRow): number => {
      let order: number;
      if (numeric) {
        const x = a[sort.key];
        const y = b[sort.key];
        // Undisclosed amounts sort last in either direction.
        if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
        order = Number(x) - Number(y);
      } else order = collator.compare(sortText?.get(a.deal) ?? "", sortText?.get(b.deal) ?? "");
      return sort.descending ? -order : order;
    };
    rows.sort(compare);

    const bar = el("div", { class: "table-bar" });
    const csv = el("button", { type: "button", class: "button", "data-action": "download-csv" }, t(lang, "table.csv"));
    csv.addEventListener("click", () => download(rows));
    bar.append(
      el(
        "p",
        { class: "table-bar__count" },
        tn(lang, "table.count", rows.length, { shown: formatCount(lang, Math.min(rows.length, SHOWN_ROWS)) }),
      ),
      csv,
    );
    // A capped table says how to reach the rest: narrower filters, or the CSV with every row.
    const capped =
      rows.length > SHOWN_ROWS
        ? el(
            "p",
            { class: "table-bar__capped", "data-capped": String(rows.length - SHOWN_ROWS) },
            t(lang, "table.capped", { shown: formatCount(lang, SHOWN_ROWS), total: formatCount(lang, rows.length) }),
          )
        : null;

    const table = el("table", { class: "deals-table" });
    table.append(el("caption", {}, t(lang, "table.caption")));
    const head = el("tr");
    for (const column of [...COLUMNS, null]) {
      if (column === null) {
        head.append(el("th", { scope: "col" }, t(lang, "table.sources")));
        continue;
      }
      const active = sort.key === column.key;
      const th = el("th", { scope: "col", "aria-sort": active ? (sort.descending ? "descending" : "ascending") : "none" });
      const button = el("button", { type: "button", class: "deals-table__sort", "data-sort": column.key }, t(lang, column.label));
      button.addEventListener("click", () => {
        sort = { key: column.key, descending: sort.key === column.key ? !sort.descending : Boolean(column.numeric) };
        render(store.getState());
        container.querySelector<HTMLButtonElement>(`[data-sort="${column.key}"]`)?.focus();
      });
      th.append(button);
      head.append(th);
    }
    const body = el("tbody");
    for (const row of rows.slice(0, SHOWN_ROWS)) {
      const tr = el("tr");
      const deal = model.dataset.deals[dealIndex.get(row.deal) ?? -1];
      for (const column of COLUMNS) {
        const nodeId = column.key === "investor" ? deal?.investor : column.key === "startup" ? deal?.target : undefined;
        // The investor cell heads its row; both names lead to their node in the graph.
        const cell = el(
          column.key === "investor" ? "th" : "td",
          column.key === "investor" ? { scope: "row" } : column.numeric ? { class: "is-numeric" } : {},
        );
        const text = cellText(row, column.key);
        if (nodeId === undefined) cell.textContent = text;
        else {
          const show = el(
            "button",
            { type: "button", class: "deals-table__node", "data-node": nodeId, title: t(lang, "table.show", { name: text }) },
            text,
          );
          show.addEventListener("click", () => {
            apply(store, showInGraph(nodeId));
            options.focusGraph?.();
          });
          cell.append(show);
        }
        tr.append(cell);
      }
      tr.append(sourcesCell(deal?.sources ?? []));
      body.append(tr);
    }
    table.append(el("thead"), body);
    table.querySelector("thead")?.append(head);
    container.append(bar, ...(capped ? [capped] : []), table);
  };

  render(store.getState());
  return store.subscribe((state, previous) => {
    if (
      state.view !== previous.view ||
      state.filters !== previous.filters ||
      state.model !== previous.model ||
      state.lang !== previous.lang
    )
      render(state);
  });
}

/** "Cloud credits $300M + Cash $500M" for split deals, else the deal's form. */
function formText(row: DealRow, name: (form: string) => string, usd: (value: number) => string): string {
  if (!row.parts) return name(row.form);
  return row.parts
    .split("; ")
    .map((part) => {
      const [form = "", amount = "?"] = part.split(":");
      return amount === "?" ? name(form) : `${name(form)} ${usd(Number(amount))}`;
    })
    .join(" + ");
}

/** A deal's sources as links (http(s) only) whose text names the site they open. */
function sourcesCell(
  sources: ReadonlyArray<{ readonly url?: string | undefined; readonly publisher?: string | undefined }>,
): HTMLTableCellElement {
  const cell = el("td", { class: "deals-table__sources" });
  for (const source of sources) {
    const href = safeHref(source.url);
    if (!href) continue;
    const host = new URL(href).host.replace(/^www\./, "");
    // The site's name is the link text (short, and it says where the link goes); the publisher's
    // own wording goes in the title.
    if (cell.childElementCount > 0) cell.append(" · ");
    cell.append(el("a", { href, rel: "noopener noreferrer", target: "_blank", title: source.publisher }, host));
  }
  return cell;
}
