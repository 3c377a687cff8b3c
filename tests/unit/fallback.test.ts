// The default build's no-JavaScript picture (public/fallback.png) is made by `npm run fallback` from
// the flagship data; this fails when the data changed since, or the picture is not the PNG it should be.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA } from "../../src/io/load";

describe("public/fallback.png", () => {
  it("was drawn from the flagship data as it is now (else: npm run fallback)", () => {
    const [hash, file] = readFileSync("scripts/flagship/fallback.sha256", "utf8").trim().split(/\s+/);
    expect(file).toBe(DEFAULT_DATA);
    expect(hash, "the flagship data changed: run npm run fallback").toBe(
      createHash("sha256").update(readFileSync(DEFAULT_DATA)).digest("hex"),
    );
  });

  it("is a 1200 x 675 PNG under 300 kB, the size index.html's <noscript> declares", () => {
    const png = readFileSync("public/fallback.png");
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 675]);
    expect(png.length).toBeLessThan(300 * 1024);
  });
});
