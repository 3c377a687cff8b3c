// The zod schemas of format v1, field by field: what a value must look like to be kept.
import { describe, expect, it } from "vitest";
import { DateString, DealSchema, HttpUrl, NodeSchema, Usd } from "../../src/io/schema";

describe("DateString", () => {
  it.each(["2024", "2024-02", "2024-02-19", "1999-12-31", "2024-10-01"])("accepts %s", (date) => {
    expect(DateString.safeParse(date).success).toBe(true);
  });
  it.each(["2024-13", "2024-00", "2024-2", "2024-02-32", "2024-02-00", "24", "2024/02", "Feb 2024", "2024-02-19T00:00", ""])(
    "rejects %j",
    (date) => {
      expect(DateString.safeParse(date).success).toBe(false);
    },
  );
});

describe("Usd", () => {
  it.each([0, 1, 1.5, 800e6, 1e13])("accepts %d", (value) => {
    expect(Usd.safeParse(value).success).toBe(true);
  });
  it.each<unknown>([-1, -0.01, Number.NaN, Number.POSITIVE_INFINITY, 1e13 + 1, 1e308, "12", "1M", null, true])("rejects %j", (value) => {
    expect(Usd.safeParse(value).success).toBe(false);
  });
});

describe("HttpUrl", () => {
  it.each(["https://example.com/a", "http://example.com", "HTTPS://EXAMPLE.COM/x?y=1#z", "  https://example.com  "])(
    "accepts %j",
    (url) => {
      expect(HttpUrl.safeParse(url).success).toBe(true);
    },
  );
  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,x",
    "ftp://example.com",
    "//example.com",
    "example.com",
    "https://exa mple.com",
    "https://",
  ])("rejects %j", (url) => {
    expect(HttpUrl.safeParse(url).success).toBe(false);
  });
});

describe("NodeSchema and DealSchema", () => {
  it("trims ids, so a stray space does not make a different node", () => {
    expect(NodeSchema.parse({ id: " alibaba ", label: "Alibaba", kind: "investor" }).id).toBe("alibaba");
  });

  it("accepts unknown sectors, categories and forms (drawn in a neutral colour later)", () => {
    expect(NodeSchema.safeParse({ id: "a", label: "A", kind: "startup", sector: "quantum", category: "family-office" }).success).toBe(true);
    expect(DealSchema.safeParse({ id: "d", investor: "a", target: "b", form: "royalty" }).success).toBe(true);
  });

  it("needs id, investor, target and form on a deal; everything else may be absent", () => {
    const minimal = { id: "d", investor: "a", target: "b", form: "cash" };
    expect(DealSchema.safeParse(minimal).success).toBe(true);
    for (const key of Object.keys(minimal)) {
      const { [key]: _dropped, ...rest } = minimal as Record<string, string>;
      expect(DealSchema.safeParse(rest).success, key).toBe(false);
    }
  });

  it("takes null and absent amounts and dates as undisclosed / undated", () => {
    const parsed = DealSchema.parse({ id: "d", investor: "a", target: "b", form: "cash", amountUsd: null, date: null });
    expect(parsed.amountUsd).toBeNull();
    expect(parsed.date).toBeNull();
  });
});
