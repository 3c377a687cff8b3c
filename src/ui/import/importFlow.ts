// One import from start to summary: runs the worker job, shows progress, asks for CSV columns when
// unsure, parses GEXF with the browser's DOMParser, and shows the summary. Loaded on first use.
import type { XmlTools } from "../../io/gexf";
import { startImport, type ImportJob, type ImportOutcome } from "../../model/importClient";
import type { ImportSource } from "../../io/importProtocol";
import { reportText } from "../../io/importText";
import type { Language } from "../../state/url";
import { createImportPanel, type ImportPanel } from "./importPanel";
import { chooseMapping } from "./mappingDialog";

export interface ImportFlowDeps {
  readonly element: HTMLElement;
  readonly lang: Language;
  readonly download: (fileName: string, type: string, text: string) => void;
  /** Data from the page's URL: no summary when it loaded cleanly (a link should just open). */
  readonly quiet?: boolean;
}

let job: ImportJob | null = null;
let panel: ImportPanel | null = null;

async function browserXmlTools(): Promise<XmlTools> {
  const gexf = await import("graphology-gexf/browser");
  return { parseXml: (text) => new DOMParser().parseFromString(text, "application/xml"), gexfParse: gexf.parse };
}

/** Runs one import; a newer one cancels the older. Resolves when done, failed or cancelled. */
export async function runImport(source: ImportSource, name: string, deps: ImportFlowDeps): Promise<ImportOutcome> {
  job?.cancel();
  panel ??= createImportPanel(deps.element, deps.lang, () => job?.cancel());
  const shown = panel;
  let lastPaint = 0;
  const current = startImport(source, name, {
    onProgress: (phase, loaded, total) => {
      // Progress arrives per chunk; repainting more than every 50 ms only costs the main thread.
      const now = performance.now();
      if (phase === "reading" && now - lastPaint < 50 && loaded !== total) return;
      lastPaint = now;
      shown.progress(name, phase, loaded, total);
    },
    chooseMapping: (request) => chooseMapping(request, name, deps.lang),
    xmlTools: browserXmlTools,
  });
  job = current;
  const outcome = await current.outcome;
  if (job === current) job = null;
  if (outcome.status === "cancelled") {
    if (job === null) shown.clear();
    return outcome;
  }
  const { result } = outcome;
  // A link's format v1 data has its problems in the alerts already; other formats get the summary.
  if (deps.quiet && outcome.status === "done" && (result.issues.length === 0 || result.format === "investment-graph")) {
    shown.clear();
    return outcome;
  }
  const reportName = `${name.replace(/\.[^.]*$/, "") || "import"}-report.txt`;
  shown.summary(name, result.summary, result.issues, outcome.status === "failed", () =>
    deps.download(reportName, "text/plain", reportText(name, result)),
  );
  // Let the summary paint, and end this task (which received the whole dataset from the worker)
  // before the model is built: two shorter main-thread blocks instead of one long one.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return outcome;
}
