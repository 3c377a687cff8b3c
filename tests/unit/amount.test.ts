// Amounts as people write them, and as the interface prints them.
import { describe, expect, it } from "vitest";
import { formatUsd, parseAmount } from "../../src/io/amount";

describe("parseAmount", () => {
  it.each<[string, number]>([
    ["1000000", 1e6],
    ["1,250,000", 1.25e6],
    ["1,000.50", 1000.5],
    ["$300,000,000", 3e8],
    ["1.2M", 1.2e6],
    ["800m", 8e8],
    ["5 mn", 5e6],
    ["2.5bn", 2.5e9],
    ["2.5B", 2.5e9],
    ["US$ 45K", 4.5e4],
    ["USD 7m", 7e6],
    ["3 billion", 3e9],
    ["1.5 trillion", 1.5e12],
    ["1e7", 1e7],
    ["1E+7", 1e7],
    ["  42  ", 42],
    ["0", 0],
  ])("reads %j as %d", (text, value) => {
    expect(parseAmount(text)).toBeCloseTo(value, 3);
  });

  it.each([
    "",
    "   ",
    "lots",
    "-5",
    "$-5",
    "1,00",
    "12345,678",
    "12 apples",
    ".5M",
    "1.2.3",
    "5x",
    "0x10",
    "NaN",
    "Infinity",
    "1e400",
    "$",
    "M",
  ])("refuses %j instead of guessing", (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe("formatUsd", () => {
  it.each<[number, string]>([
    [800e6, "$800M"],
    [1.83e9, "$1.83B"],
    [41.3e9, "$41.3B"],
    [1.5e6, "$1.5M"],
    [300e6, "$300M"],
    [1.826_5e9, "$1.83B"],
    [2e12, "$2T"],
    [45_000, "$45K"],
    [950, "$950"],
    [0, "$0"],
    [Number.NaN, "undisclosed"],
    [Number.POSITIVE_INFINITY, "undisclosed"],
  ])("prints %d as %s", (value, text) => {
    expect(formatUsd(value)).toBe(text);
  });

  it.each<[number, string]>([
    // Rounding must not leave a four-digit figure under the smaller unit.
    [999.6, "$1K"],
    [999_999, "$1M"],
    [999_950_000, "$1B"],
  ])("rounds %d up into the next unit: %s", (value, text) => {
    expect(formatUsd(value)).toBe(text);
  });

  it.each([800e6, 1.83e9, 45_000, 950, 1.5e6])("prints %d so that parseAmount reads it back", (value) => {
    // The amount inputs show formatUsd's text and read it back with parseAmount.
    expect(parseAmount(formatUsd(value))).toBe(value);
  });
});
