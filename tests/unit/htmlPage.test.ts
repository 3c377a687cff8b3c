// A data URL answered by a web page (the app's own index.html for a missing same-site path) is
// reported as "not found", never read as a broken GEXF or JSON file.
import { describe, expect, it } from "vitest";
import { htmlPageIssue } from "../../src/io/htmlPage";

describe("htmlPageIssue", () => {
  it.each(["<!DOCTYPE html>\n<html><head>", "\uFEFF  <!doctype html><html>", '<html lang="en">'])("calls %j a page: not found", (text) => {
    const issue = htmlPageIssue(text, "data/missing.json");
    expect(issue?.severity).toBe("error");
    expect(issue?.message).toMatch(/^not found: "data\/missing\.json" answered with a web page/);
  });

  it.each(['{"format":"investment-graph"}', '<?xml version="1.0"?><gexf>', "investor,target\nalibaba,moonshot", "<!DOCTYPE gexf>"])(
    "leaves data alone: %j",
    (text) => {
      expect(htmlPageIssue(text, "x")).toBeNull();
    },
  );
});
