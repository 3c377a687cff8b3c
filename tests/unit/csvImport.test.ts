// CSV import: cells (dates, amounts, forms), column recognition, and whole files with the gaps real
// exports have, every problem located by line. Expected figures come from the seeded generator.
import { describe, expect, it } from "vitest";
import { generateMessyCsv } from "../../scripts/lib/messyCsv";
import { parseCsvText, readCsvTable } from "../../src/io/csv";
import { readAmount, readDate, readForm, readParts } from "../../src/io/csvCells";
import { guessMapping } from "../../src/io/csvColumns";
import { importText } from "../../src/io/importText";

describe("readAmount", () => {
  it.each([
    ["15000000", 15e6],
    ["$15,000,000", 15e6],
    ["1.2M", 1.2e6],
    ["15.3M", 15.3e6],
    ["2.5 bn", 2.5e9],
    ["USD 300000", 3e5],
    ["300,000 USD", 3e5],
    ["$ 45K", 45e3],
    ["0", 0],
  ])("%s is %d", (text, value) => expect(readAmount(text)).toEqual({ ok: true, value }));

  it.each(["", "  ", "-", "n/a", "undisclosed", "Unknown"])("%j is undisclosed", (text) =>
    expect(readAmount(text)).toEqual({ ok: true, value: null }),
  );

  it.each([
    ["-500000", "negative", true],
    ["(500)", "negative", true],
    ["NaN", "finite", true],
    ["Infinity", "finite", true],
    ["€5M", "not in US dollars", false],
    ["5M EUR", "not in US dollars", false],
    ["about five million", "not a number", false],
    ["1e400", "not a number", false],
  ])("%s is refused (%s), never zero", (text, reason, fatal) => {
    const read = readAmount(text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.reason).toContain(reason);
      expect(Boolean(read.fatal)).toBe(fatal);
    }
  });
});

describe("readDate", () => {
  it.each([
    ["2024", "2024"],
    ["2024-02", "2024-02"],
    ["2024-02-19", "2024-02-19"],
    ["2024/2/9", "2024-02-09"],
    ["2024-02-19T10:00:00Z", "2024-02-19"],
    ["2024-02-29", "2024-02-29"],
    ["2024.0", "2024"],
  ])("%s -> %s", (text, value) => expect(readDate(text)).toEqual({ ok: true, value }));
  it.each(["2023-02-29", "2024-13", "31/02/2024", "yesterday", "0999"])("%s is refused", (text) => expect(readDate(text).ok).toBe(false));
  it("empty is undated", () => expect(readDate(" ")).toEqual({ ok: true, value: null }));
});

describe("readForm and readParts", () => {
  it.each([
    ["venture", "cash"],
    ["Series B", "cash"],
    ["debt_financing", "debt"],
    ["Convertible Note", "convertible"],
    ["Cloud Credits", "cloud-credits"],
    ["", "other"],
    ["Token sale", "Token sale"],
  ])("%j -> %j", (text, form) => expect(readForm(text)).toBe(form));
  it("reads the table's parts column back", () => {
    expect(readParts("cloud-credits:300; cash:?")).toEqual([
      { form: "cloud-credits", amountUsd: 300 },
      { form: "cash", amountUsd: null },
    ]);
    expect(readParts("cash")).toBeNull();
  });
});

describe("guessMapping", () => {
  it.each([
    [
      ["investor_name", "company_name", "funded_at", "raised_amount_usd", "funding_round_type", "funding_round_code"],
      { investor: 0, startup: 1, date: 2, amount: 3, form: 4 },
    ],
    [["Source", "Target", "Year", "Amount USD", "Type", "Round"], { investor: 0, startup: 1, date: 2, amount: 3, form: 4, round: 5 }],
    [["\uFEFFfrom", "to"], { investor: 0, startup: 1 }],
    [
      ["deal", "investor", "startup", "date", "round", "amount_usd", "amount_shown_usd", "form", "parts", "lead", "confidence", "sources"],
      { id: 0, investor: 1, startup: 2, date: 3, round: 4, amount: 5, form: 7, parts: 8, lead: 9, confidence: 10, sources: 11 },
    ],
  ])("recognises %j", (headers, fields) => {
    const guess = guessMapping(headers);
    expect(guess.confident).toBe(true);
    expect(guess.mapping).toMatchObject(fields);
  });
  it.each([[["Backer", "Holding"]], [["name", "value"]], [["investor", "investor", "startup"]]])("is unsure about %j", (headers) => {
    expect(guessMapping(headers).confident).toBe(false);
  });
});

describe("parseCsvText", () => {
  it("one node per name, whichever side; a startup that invests stays a startup", () => {
    const { dataset } = parseCsvText("investor,startup\nA,B\nB,C\n A ,C\n", "t.csv");
    expect(dataset?.nodes).toEqual([
      { id: "A", label: "A", kind: "investor" },
      { id: "B", label: "B", kind: "startup" },
      { id: "C", label: "C", kind: "startup" },
    ]);
    expect(dataset?.deals.map((deal) => [deal.investor, deal.target])).toEqual([
      ["A", "B"],
      ["B", "C"],
      ["A", "C"],
    ]);
  });

  it("locates problems by line, counting line breaks inside quoted cells", () => {
    const text = 'investor,startup,note\nA,B,"two\nlines"\n,B,x\nA,,y\n\nA,A,z\nA,B,"two\nlines"\n';
    const { dataset, issues, summary } = parseCsvText(text, "t.csv");
    expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'columns: column not used: "note" (choose them in the column dialog, or rename them: investor, startup, date, amount, form, round, sources)',
      "line 4: empty investor; row skipped",
      "line 5: empty startup; row skipped",
      'line 7: "A" invests in itself (kept)',
      "line 8: repeats line 2 exactly (kept)",
    ]);
    expect(summary).toEqual({ rows: 5, loaded: 3, skipped: 2, warnings: 3, undated: 3, undisclosed: 3 });
    expect(dataset?.deals.map((deal) => deal.id)).toEqual(["row-2", "row-7", "row-8"]);
  });

  it("keeps undated and undisclosed deals, reads amounts people write, refuses the impossible", () => {
    const text = "investor,startup,date,amount\nA,B,,\nA,C,2024,$1.5M\nA,D,2024,€2M\nA,E,2024,-3\nA,F,2024,Infinity\n";
    const { dataset, issues } = parseCsvText(text, "t.csv");
    expect(dataset?.deals.map((deal) => [deal.target, deal.date, deal.amountUsd])).toEqual([
      ["B", null, null],
      ["C", "2024", 1.5e6],
      ["D", "2024", null],
    ]);
    expect(issues.map((issue) => issue.path)).toEqual(["line 4", "line 5", "line 6"]);
    expect(issues[0]?.severity).toBe("warning");
    expect(issues[1]?.message).toContain("negative");
  });

  it("refuses rows with lone surrogates, and a file without the needed columns", () => {
    expect(parseCsvText("investor,startup\nA\uD800,B\nA,B\n", "t.csv").issues[0]).toEqual({
      severity: "error",
      path: "line 2",
      message: "text with a lone UTF-16 surrogate (broken encoding); row skipped",
    });
    const missing = parseCsvText("name,value\nA,1\n", "t.csv");
    expect(missing.dataset).toBeNull();
    expect(missing.issues[0]?.path).toBe("columns");
    expect(parseCsvText("", "t.csv").issues[0]?.message).toContain("empty");
  });

  it.each([
    ["semicolons", "investor;startup;amount\nA;B;2M\n"],
    ["tabs", "investor\tstartup\tamount\nA\tB\t1.5M\n"],
  ])("reads %s as the delimiter when the header uses them", (_name, text) => {
    const { dataset } = parseCsvText(text, "t.csv");
    expect(dataset?.deals.map((deal) => [deal.investor, deal.target])).toEqual([["A", "B"]]);
  });

  it("undoes the export's formula neutralising", () => {
    expect(readCsvTable("investor,startup\n'=A,'+B\n").rows[0]).toEqual(["=A", "+B"]);
  });

  it("a generated messy file gives exactly the report its generator expects", () => {
    const { text, expected } = generateMessyCsv({ rows: 5000, seed: 5 });
    const result = importText(text, "messy.csv");
    expect(result.format).toBe("csv");
    expect(result.summary).toEqual({
      rows: expected.rows,
      loaded: expected.loaded,
      skipped: expected.skippedLines.length,
      warnings: expected.warnings,
      undated: expected.undated,
      undisclosed: expected.undisclosed,
    });
    expect(result.issues.filter((issue) => issue.severity === "error").map((issue) => issue.path)).toEqual(
      expected.skippedLines.map((line) => `line ${line}`),
    );
    // Row warnings by line; the one "columns not used" warning is checked by name.
    expect(result.issues.filter((issue) => issue.path === "columns").map((issue) => issue.message)).toEqual([
      expect.stringContaining('"notes"'),
    ]);
    const warned = result.issues
      .filter((issue) => issue.severity === "warning" && issue.path.startsWith("line "))
      .map((issue) => Number(issue.path.slice(5)));
    expect([...new Set(warned)].sort((a, b) => a - b)).toEqual(
      [...new Set([...expected.duplicateLines, ...expected.selfLines, ...expected.foreignAmountLines])].sort((a, b) => a - b),
    );
    expect(result.dataset?.nodes.length).toBe(expected.nodes);
    expect(result.dataset?.deals.reduce((sum, deal) => sum + (deal.amountUsd ?? 0), 0)).toBe(expected.amountUsd);
  });
});
