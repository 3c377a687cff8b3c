// The import's visible state in #import-progress: a progress bar with a cancel button while reading,
// then the summary (loaded, skipped, warnings), the first problems and the full report's download.
import "../../words/toolWords";
import type { ImportSummary } from "../../io/csv";
import { formatIssue, type Issue } from "../../io/issues";
import { MAX_INPUT_BYTES, MAX_TAB_DEALS } from "../../io/limits";
import { tooBigFor } from "../../io/tooBig";
import type { Language } from "../../state/url";
import { el } from "../kit/dom";
import { t, tn } from "../../words/i18n";
import "./import.css";

const FIRST_PROBLEMS = 5;

export interface ImportPanel {
  progress(name: string, phase: "reading" | "parsing", loaded: number, total: number | null): void;
  summary(name: string, summary: ImportSummary, issues: readonly Issue[], failed: boolean, downloadReport: () => void): void;
  clear(): void;
}

const megabytes = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

export function createImportPanel(element: HTMLElement, lang: Language, onCancel: () => void): ImportPanel {
  element.setAttribute("aria-live", "polite");
  const clear = (): void => {
    element.replaceChildren();
    element.hidden = true;
    delete element.dataset["state"];
  };
  let bar: HTMLProgressElement | null = null;
  let label: HTMLElement | null = null;
  return {
    progress(name, phase, loaded, total) {
      if (!bar || !label || element.dataset["state"] !== "progress") {
        element.replaceChildren();
        element.hidden = false;
        element.dataset["state"] = "progress";
        label = el("span", { class: "import-progress__label" });
        bar = el("progress", { class: "import-progress__bar", max: 1 });
        const cancel = el("button", { type: "button", "data-action": "import-cancel" }, t(lang, "import.cancel"));
        cancel.addEventListener("click", onCancel);
        element.append(label, bar, cancel);
      }
      const fraction = total ? Math.min(1, loaded / total) : null;
      if (phase === "reading") {
        label.textContent = t(lang, "import.reading", {
          name,
          done: fraction === null ? megabytes(loaded) : `${Math.round(fraction * 100)}%`,
        });
        if (fraction === null) bar.removeAttribute("value");
        else bar.value = fraction;
      } else {
        label.textContent = t(lang, "import.parsing", { name });
        bar.removeAttribute("value");
      }
      bar.setAttribute("aria-label", label.textContent);
    },
    summary(name, summary, issues, failed, downloadReport) {
      element.replaceChildren();
      element.hidden = false;
      element.dataset["state"] = failed ? "failed" : "done";
      const values = {
        name,
        rows: String(summary.rows),
        loaded: String(summary.loaded),
        skipped: String(summary.skipped),
        warnings: String(summary.warnings),
      };
      const box = el("div", {
        class: "import-summary",
        "data-loaded": summary.loaded,
        "data-skipped": summary.skipped,
        "data-warnings": summary.warnings,
        "data-rows": summary.rows,
      });
      box.append(
        el("p", { class: "import-summary__head" }, failed ? t(lang, "import.failed", { name }) : t(lang, "import.summary", values)),
      );
      const limit = failed ? issues.map(tooBigFor).find((kind) => kind !== null) : undefined;
      if (limit) {
        const count = new Intl.NumberFormat(lang);
        const words = { bytes: count.format(MAX_INPUT_BYTES / 1048576), deals: count.format(MAX_TAB_DEALS), name };
        box.append(el("p", { class: "import-summary__limit", "data-limit": limit }, t(lang, `import.tooBig.${limit}`, words)));
      }
      if (!failed && summary.undated) box.append(el("p", {}, tn(lang, "import.keptUndated", summary.undated)));
      if (!failed && summary.undisclosed) box.append(el("p", {}, tn(lang, "import.keptUndisclosed", summary.undisclosed)));
      if (issues.length) {
        box.append(el("p", { class: "import-summary__problems-title" }, t(lang, "import.problems")));
        const list = el("ul", { class: "import-summary__problems" });
        for (const issue of issues.slice(0, FIRST_PROBLEMS))
          list.append(el("li", { class: `import-summary__problem--${issue.severity}` }, formatIssue(issue)));
        box.append(list);
      }
      const actions = el("div", { class: "import-summary__actions" });
      if (issues.length) {
        const report = el("button", { type: "button", "data-action": "import-report" }, t(lang, "import.report"));
        report.addEventListener("click", downloadReport);
        actions.append(report);
      }
      const close = el("button", { type: "button", "data-action": "import-close" }, t(lang, "import.close"));
      close.addEventListener("click", clear);
      actions.append(close);
      box.append(actions);
      element.append(box);
      bar = null;
      label = null;
    },
    clear,
  };
}
