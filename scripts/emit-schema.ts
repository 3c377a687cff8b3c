// Writes the published JSON Schema of format v1 from the same zod source the validator uses.
// `npm run schema` regenerates it; a unit test fails when the committed file is out of date.
import { writeFileSync } from "node:fs";
import { toJSONSchema } from "zod/mini";
import { DocumentSchema } from "../src/io/schema";
import { EXIT, parseCli, runIfMain, UsageError, type CliIo } from "./lib/cli";
import { strictStorySchemaOf } from "../src/io/story";

export const SCHEMA_PATH = "data/schema/investment-graph.v1.schema.json";

export function jsonSchemaText(): string {
  const schema = toJSONSchema(DocumentSchema, {
    target: "draft-2020-12",
    io: "input",
    // The envelope reads the story leniently (one bad step must not refuse the file); publish its real shape.
    override: ({ zodSchema, jsonSchema }) => {
      const strict = strictStorySchemaOf(zodSchema);
      if (!strict) return;
      const { $schema: _ignored, ...shape } = toJSONSchema(strict, { target: "draft-2020-12", io: "input" });
      Object.assign(jsonSchema, shape);
    },
  });
  const document = {
    title: "Investment graph, format v1",
    description:
      "Investors, startups and the deals between them (investment-network explorer). Generated from src/io/schema.ts; do not edit.",
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const USAGE = `usage: npm run schema   (writes ${SCHEMA_PATH} from src/io/schema.ts)`;

export function main(argv: readonly string[], io: CliIo): number {
  const parsed = parseCli(argv, {}, USAGE, io);
  if (!parsed) return EXIT.ok;
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
  writeFileSync(SCHEMA_PATH, jsonSchemaText());
  io.out(`wrote ${SCHEMA_PATH}`);
  return EXIT.ok;
}

runIfMain(import.meta.url, USAGE, main);
