// Issue 17: a 50 MB label is cut for drawing and listing (graph labels, tooltips, pickers) and kept
// whole in the data (the details panel shows it); a refused GEXF is a failed load, like JSON and CSV.
import { DOMParser } from "@xmldom/xmldom";
import { parse as gexfParse } from "graphology-gexf/node";
import { describe, expect, it } from "vitest";
import { importText } from "../../src/io/importText";
import { parseInvestmentGraph } from "../../src/io/parse";
import { outcomeOf } from "../../src/model/importClient";
import { createModel } from "../../src/model/model";
import { localisedLabels } from "../../src/render/viewData";
import { localName, MAX_SHOWN_NAME, nodeName, shortName } from "../../src/words/names";

const huge = "x".repeat(5_000_000);

describe("huge labels", () => {
  const { dataset } = parseInvestmentGraph({
    format: "investment-graph",
    version: 1,
    meta: {},
    nodes: [
      { id: "a", label: huge, kind: "investor" },
      { id: "b", label: "B", kind: "startup" },
    ],
    deals: [{ id: "d", investor: "a", target: "b", form: "cash" }],
  });
  if (!dataset) throw new Error("fixture");
  const model = createModel(dataset, "t");

  it("are drawn and listed cut, at most MAX_SHOWN_NAME characters", () => {
    expect(model.graph.getNodeAttribute("0", "label").length).toBeLessThanOrEqual(MAX_SHOWN_NAME);
    expect(localisedLabels(model, "en").map((label) => label.length)).toEqual([MAX_SHOWN_NAME, 1]);
    expect(shortName(dataset.nodes[0], "ko").endsWith("…")).toBe(true);
    // Lists name nodes by position (stats' top investors, compare): cut too, or the page lays out 5 MB.
    expect(nodeName(model, 0, "en").length).toBe(MAX_SHOWN_NAME);
    expect(nodeName(model, 1, "en")).toBe("B");
  });

  it("stay whole in the data", () => {
    expect(model.dataset.nodes[0]?.label.length).toBe(huge.length);
    expect(localName(model.dataset.nodes[0], "en").length).toBe(huge.length);
  });
});

describe("a refused GEXF", () => {
  it.each([
    ["a DOCTYPE", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><gexf><graph/></gexf>'],
    ["an HTML page", "<html><body>not found</body></html>"],
  ])("with %s is a failed load, not 'done'", (_name, text) => {
    const xml = {
      parseXml: (t: string) => new DOMParser({ errorHandler: () => undefined }).parseFromString(t, "application/xml"),
      gexfParse,
    };
    expect(outcomeOf(importText(text, "x.gexf", { xml })).status).toBe("failed");
  });
});
