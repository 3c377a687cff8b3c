// Hostile input in a real browser: markup in every text field stays text (title, labels, details,
// table, legend, exports), only http(s) links reach the page, prototype-named ids load and filter,
// and a CSV download can never run as a spreadsheet formula.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { expectedFor, modelOf } from "./expected";
import { open, readStatus, useBrowser } from "./browser";

const base = inject("baseUrl");
const browserOf = useBrowser();

/** Elements or handlers that only data could have created, and anything a payload would set. */
async function injected(page: Page): Promise<{ elements: number; xss: unknown; polluted: unknown; badLinks: string[] }> {
  return page.evaluate(() => ({
    elements: document.querySelectorAll(
      'img[src="x"], svg[onload], [onerror], [onclick], [onmouseover], [onload], body script:not([src]), i, b',
    ).length,
    xss: (window as unknown as { __xss?: unknown }).__xss,
    polluted: ({} as Record<string, unknown>)["polluted"],
    badLinks: Array.from(document.querySelectorAll("a[href]"))
      .map((link) => (link as HTMLAnchorElement).href)
      .filter((href) => !/^(https?|blob):/i.test(href)),
  }));
}

describe("hostile data", () => {
  it("markup in titles, labels, forms and sources is shown as text everywhere, never run", async () => {
    const raw = JSON.parse(readFileSync("tests/fixtures/hostile.json", "utf8")) as {
      meta: { title: string };
      nodes: Array<{ id: string; label: string }>;
    };
    const dialogs: string[] = [];
    const { page, errors } = await open(browserOf(), `${base}?data=fixtures/hostile.json&focus=img`);
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    expect(await page.getAttribute("#app", "data-state")).toBe("ready");
    expect(await page.textContent("#title")).toBe(raw.meta.title);
    // Details of the focused node show its label as written.
    const imgLabel = raw.nodes.find((node) => node.id === "img")?.label ?? "";
    expect(await page.textContent("#selection")).toContain(imgLabel);
    // Hovering a node shows its label as text in the tooltip (the details panel closed first: it
    // covers part of the graph and the view switch).
    await page.click('[data-action="close-selection"]');
    const box = await page.locator("#graph").boundingBox();
    const at = await page.evaluate(() => window.explorer?.nodePosition("script") ?? null);
    if (!box || !at) throw new Error("node not drawn");
    await page.mouse.move(box.x + at.x - 20, box.y + at.y - 20);
    await page.mouse.move(box.x + at.x, box.y + at.y, { steps: 4 });
    await page.waitForSelector("#node-tooltip:not([hidden])");
    const scriptLabel = raw.nodes.find((node) => node.id === "script")?.label ?? "";
    expect(await page.textContent("#node-tooltip")).toContain(scriptLabel);
    // The legend names the data's odd form as text.
    expect(await page.textContent("#legend")).toContain("<i onclick=");
    // The table view shows every label as text.
    await page.click('[data-view="table"]');
    const table = (await page.textContent("#table")) ?? "";
    for (const node of raw.nodes.filter((n) => n.id !== "js-link")) expect(table).toContain(node.label);
    expect(await injected(page)).toEqual({ elements: 0, xss: undefined, polluted: undefined, badLinks: [] });
    // The rows with javascript: links and a negative amount were refused, by place.
    const alerts = (await page.textContent("#alerts")) ?? "";
    expect(alerts).toContain("nodes[3].url");
    expect(alerts).toContain("deals[2].sources[0].url");
    expect(alerts).toContain("deals[3].amountUsd");
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the table's CSV download neutralises cells that a spreadsheet would run", async () => {
    const { page } = await open(browserOf(), `${base}?data=fixtures/hostile.json`);
    await page.click('[data-view="table"]');
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="download-csv"]')]);
    const csv = readFileSync(await download.path(), "utf8");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    // No cell starts with a formula character.
    for (const line of csv.split("\n")) for (const cell of line.split(",")) expect(cell.replace(/^"/, "")).not.toMatch(/^[=+\-@\t\r]/);
    await page.close();
  });

  it("a hostile CSV opened with the picker renders its names as text", async () => {
    const { page, errors } = await open(browserOf(), `${base}?data=fixtures/sample.json`);
    await page.setInputFiles('input[type="file"]', {
      name: "hostile.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        'investor,startup,amount\n"<img src=x onerror=""window.__xss=1"">",__proto__,5M\nconstructor,"<script>window.__xss=2</script>",1M\nhasOwnProperty,toString,2M\n',
      ),
    });
    await page.waitForFunction(
      () =>
        document.getElementById("status")?.dataset["totalDeals"] === "3" && document.getElementById("app")?.dataset["state"] === "ready",
    );
    await page.click('[data-view="table"]');
    const table = (await page.textContent("#table")) ?? "";
    expect(table).toContain('<img src=x onerror="window.__xss=1">');
    expect(table).toContain("<script>window.__xss=2</script>");
    expect((await readStatus(page)).totalNodes).toBe(6);
    expect(await injected(page)).toEqual({ elements: 0, xss: undefined, polluted: undefined, badLinks: [] });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("ids named like Object.prototype members", () => {
  const model = modelOf("tests/fixtures/prototype-ids.json");
  it.each(["", "from=2024", "forms=compute", "undated=0&undisclosed=0"])("load and filter (?%s) as the model computes", async (query) => {
    const { page, errors } = await open(browserOf(), `${base}?data=fixtures/prototype-ids.json&focus=__proto__${query ? `&${query}` : ""}`);
    const { text: _text, ...status } = await readStatus(page);
    expect(status).toEqual(expectedFor(model, query));
    expect(await page.textContent("#selection")).toContain("Proto Capital");
    // The graph has the edges the data says, by their safe keys, and Object.prototype is untouched.
    const edges = await page.evaluate(() => {
      const explorer = window.explorer;
      const state = explorer?.store.getState();
      const graph = state?.model?.graph;
      const key = (id: string): string => String(state?.model?.nodeIndexById.get(id));
      return {
        protoToConstructor: graph?.hasEdge(key("__proto__"), key("constructor")),
        hasOwnToToString: graph?.hasEdge(key("hasOwnProperty"), key("toString")),
        constructorToProto: graph?.hasEdge(key("constructor"), key("__proto__")),
        prototypeIntact: typeof Object.prototype.hasOwnProperty === "function" && Object.getPrototypeOf({}) === Object.prototype,
      };
    });
    expect(edges).toEqual({ protoToConstructor: true, hasOwnToToString: true, constructorToProto: false, prototypeIntact: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("?data= that must be refused", () => {
  it.each([
    ["data:application/json,{}", "only http(s)"],
    ["JaVaScRiPt:alert(1)", "only http(s)"],
    ["http://evil.example/x.json", "must come over https"],
    ["https://user:secret@evil.example/x.json", "user name or password"],
  ])("%s", async (location, message) => {
    let requested = false;
    const context = await browserOf().newContext();
    await context.route("**/evil.example/**", async (route) => {
      requested = true;
      await route.abort();
    });
    const page = await context.newPage();
    await page.goto(`${base}?data=${encodeURIComponent(location)}`);
    await page.waitForSelector('#app[data-state="error"]');
    expect(await page.textContent("#alerts")).toContain(message);
    expect(requested).toBe(false);
    await context.close();
  });
});
