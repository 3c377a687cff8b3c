// Messages between the page and the import worker. Plain, structured-clonable data only.
// Shared by both sides so they cannot drift apart; no logic here.
import type { CsvField, CsvMapping } from "./csvColumns";
import type { ImportResult } from "./importText";
import type { Issue } from "./issues";

export type ImportSource =
  | { readonly kind: "file"; readonly file: File }
  | { readonly kind: "url"; readonly url: string }
  | { readonly kind: "text"; readonly text: string; readonly name: string };

export type ImportPhase = "reading" | "parsing";

export type ToWorker =
  { readonly type: "load"; readonly source: ImportSource; readonly name: string } | { readonly type: "map"; readonly mapping: CsvMapping };

export interface MappingRequest {
  readonly headers: readonly string[];
  readonly guess: CsvMapping;
  readonly confident: boolean;
  /** The first rows, for the person to see what each column holds. */
  readonly preview: readonly (readonly string[])[];
}

export type FromWorker =
  | { readonly type: "progress"; readonly phase: ImportPhase; readonly loaded: number; readonly total: number | null }
  | ({ readonly type: "mapping" } & MappingRequest)
  /** GEXF needs an XML parser, which workers lack: the page parses it. */
  | { readonly type: "xml"; readonly text: string }
  | { readonly type: "done"; readonly result: ImportResult }
  | { readonly type: "failed"; readonly issue: Issue };

export type { CsvField, CsvMapping };
