// Writes the published JSON Schema of format v1 from the same zod source the validator uses.
// `npm run schema` regenerates it; a unit test fails when the committed file is out of date.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DocumentSchema } from "../src/io/schema";
import { strictStorySchemaOf } from "../src/io/story";

export const SCHEMA_PATH = "data/schema/investment-graph.v1.schema.json";

export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(DocumentSchema, {
    target: "draft-2020-12",
    io: "input",
    // The envelope reads the story leniently (one bad step must not refuse the file); publish its real shape.
    override: ({ zodSchema, jsonSchema }) => {
      const strict = strictStorySchemaOf(zodSchema);
      if (!strict) return;
      const { $schema: _ignored, ...shape } = z.toJSONSchema(strict, { target: "draft-2020-12", io: "input" });
      Object.assign(jsonSchema, shape);
    },
  });
  const document = {
    title: "Investment graph, format v1",
    description: "Investors, startups and the deals between them (investment-network explorer). Generated from src/io/schema.ts; do not edit.",
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_PATH, jsonSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
