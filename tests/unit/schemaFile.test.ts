// The published JSON Schema is generated from the validator's own zod source and kept in step.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemaText, SCHEMA_PATH } from "../../scripts/emit-schema";

describe("published JSON Schema", () => {
  it("matches what `npm run schema` generates from src/io/schema.ts", () => {
    expect(readFileSync(SCHEMA_PATH, "utf8")).toBe(jsonSchemaText());
  });

  it("describes the format's required fields and vocabularies", () => {
    const schema = JSON.parse(jsonSchemaText()) as {
      required: string[];
      properties: { deals: { items: { required: string[]; properties: Record<string, unknown> } } };
    };
    expect(schema.required).toEqual(expect.arrayContaining(["format", "version", "nodes", "deals"]));
    expect(schema.properties.deals.items.required).toEqual(expect.arrayContaining(["id", "investor", "target", "form"]));
    expect(Object.keys(schema.properties.deals.items.properties)).toEqual(
      expect.arrayContaining(["parts", "sources", "amountUsd", "date"]),
    );
  });
});
