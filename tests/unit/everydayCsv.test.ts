// Issue 12 (own data loses columns silently): everyday header names and the usual date and amount
// spellings are read; a column left unused is reported by name. The CLI shares the code.
import { describe, expect, it } from "vitest";
import { readAmount, readDate } from "../../src/io/csvCells";
import { guessMapping } from "../../src/io/csvColumns";
import { importText } from "../../src/io/importText";

describe("everyday headers", () => {
  it.each<[string, string]>([
    ["Backer,Company,When,USD,Kind,Source", "A,Moonshot,2024-02-19,$800M,cloud credits,https://x.example/a"],
    ["Funder,Startup,Announced,Value,Type,URL", "A,Moonshot,2024-02-19,800000000,Cloud credits,https://x.example/a"],
    ["Lead investor,Target,Closed,Size,Instrument,Link", "A,Moonshot,19/02/2024,USD 800m,cloud-credits,https://x.example/a"],
    [
      "investor_name,organization,funded_at,raised_amount_usd,funding_round_type,source_url",
      "A,Moonshot,2024-02-19,800000000,credits,https://x.example/a",
    ],
    ["Investor;Investee;Date;Amount;Form;Sources", "A;Moonshot;February 19, 2024;0.8 billion;cloud-credits;https://x.example/a"],
  ])("%s: investor, startup, date, amount, form and source all read", (header, row) => {
    const result = importText(`${header}\n${row}\n`, "own.csv");
    const deal = result.dataset?.deals[0];
    expect(deal).toMatchObject({
      investor: "A",
      target: "Moonshot",
      date: "2024-02-19",
      amountUsd: 800e6,
      form: "cloud-credits",
      sources: [{ url: "https://x.example/a" }],
    });
    expect(result.issues.filter((issue) => /not used/.test(issue.message))).toEqual([]);
  });

  it("a Gephi edge list (Source, Target) still reads Source as the investor", () => {
    const guess = guessMapping(["Source", "Target", "Weight"]);
    expect([guess.mapping.investor, guess.mapping.startup, guess.mapping.sources]).toEqual([0, 1, null]);
  });

  it("round / stage / series is the round", () => {
    for (const name of ["Round", "Stage", "Series"]) expect(guessMapping(["investor", "startup", name]).mapping.round).toBe(2);
  });

  it("every column left unused is reported by name", () => {
    const result = importText("Backer,Company,Valuation,Notes,USD\nA,B,5B,hello,1M\n", "own.csv");
    const unused = result.issues.filter((issue) => /not used/.test(issue.message));
    expect(unused).toHaveLength(1);
    expect(unused[0]?.message).toContain('"Valuation"');
    expect(unused[0]?.message).toContain('"Notes"');
    expect(unused[0]?.message).not.toContain('"USD"');
  });
});

describe("date spellings", () => {
  it.each<[string, string | null]>([
    ["2024-02-19", "2024-02-19"],
    ["2024/02/19", "2024-02-19"],
    ["19/02/2024", "2024-02-19"], // day first: 19 cannot be a month
    ["02/19/2024", "2024-02-19"], // month first: 19 cannot be a month
    ["19.02.2024", "2024-02-19"],
    ["Feb 2024", "2024-02"],
    ["February 2024", "2024-02"],
    ["February 19, 2024", "2024-02-19"],
    ["19 February 2024", "2024-02-19"],
    ["19 Feb. 2024", "2024-02-19"],
    ["2024 Q1", "2024"],
    ["Q3 2024", "2024"],
    ["2024", "2024"],
  ])("%j -> %j", (cell, expected) => {
    expect(readDate(cell)).toEqual({ ok: true, value: expected });
  });

  it("an ambiguous day and month (03/04/2024) follows the file's order, day first unless the file shows otherwise", () => {
    expect(readDate("03/04/2024")).toEqual({ ok: true, value: "2024-04-03" });
    expect(readDate("03/04/2024", "mdy")).toEqual({ ok: true, value: "2024-03-04" });
    const result = importText("investor,startup,date\nA,B,03/04/2024\nA,C,12/25/2024\n", "x.csv");
    expect(result.dataset?.deals.map((deal) => deal.date)).toEqual(["2024-03-04", "2024-12-25"]);
  });

  it.each(["Febtember 2024", "31/02/2024", "2024-13-01", "yesterday"])("%j is not a date (kept undated, with a warning)", (cell) => {
    expect(readDate(cell).ok).toBe(false);
  });
});

describe("amount spellings", () => {
  it.each<[string, number]>([
    ["$1.2M", 1.2e6],
    ["1,200,000", 1.2e6],
    ["1.2 billion", 1.2e9],
    ["USD 800m", 800e6],
    ["US$ 2.5bn", 2.5e9],
    ["800 million USD", 800e6],
    ["$45K", 45e3],
  ])("%j -> %d", (cell, value) => {
    expect(readAmount(cell)).toEqual({ ok: true, value });
  });

  it.each(["€5M", "EUR 5M", "£3m", "¥100 million", "RMB 1 billion", "CHF 20m"])(
    "%j is reported as another currency, never converted",
    (cell) => {
      const read = readAmount(cell);
      expect(read.ok).toBe(false);
      expect(read.ok ? "" : read.reason).toContain("not in US dollars");
    },
  );
});
