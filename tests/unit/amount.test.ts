// Amounts as people write them, and as the interface prints them.
import { describe, expect, it } from "vitest";
import { formatUsd, parseAmount } from "../../src/io/amount";

describe("parseAmount", () => {
  it.each<[string, number]>([
    ["1000000", 1e6],
    ["1,250,000", 1.25e6],
    ["$300,000,000", 3e8],
    ["1.2M", 1.2e6],
    ["800m", 8e8],
    ["2.5bn", 2.5e9],
    ["US$ 45K", 4.5e4],
    ["3 billion", 3e9],
    ["1e7", 1e7],
    ["0", 0],
  ])("reads %s as %d", (text, value) => {
    expect(parseAmount(text)).toBeCloseTo(value, 3);
  });

  it.each(["", "lots", "-5", "1,00", "12 apples", "NaN", "Infinity", "1e400", "$"])("refuses %j instead of guessing", (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe("formatUsd", () => {
  it.each<[number, string]>([
    [800e6, "$800M"],
    [1.83e9, "$1.83B"],
    [41.3e9, "$41.3B"],
    [45_000, "$45K"],
    [950, "$950"],
    [Number.NaN, "undisclosed"],
  ])("prints %d as %s", (value, text) => {
    expect(formatUsd(value)).toBe(text);
  });
});
