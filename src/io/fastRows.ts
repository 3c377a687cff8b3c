// A fast path for the common row: plain checks that accept only what the zod schema accepts,
// unchanged. Rows it is unsure of go to zod, which also writes the messages. Big files validate in
// a fraction of the time; a property test keeps the two in step (tests/unit/fastRows.test.ts).
import { MAX_AMOUNT_USD, MAX_YEAR } from "./limits";
import { isYearInRange, type DealRecord, type NodeRecord } from "./schema";

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const HTTP = /^https?:\/\/[^\s]+$/i;
const LANGUAGE = /^[a-z]{2}(-[A-Za-z]{2,4})?$/;
const NODE_KEYS = new Set([
  "id",
  "label",
  "labels",
  "kind",
  "category",
  "sector",
  "country",
  "city",
  "founded",
  "url",
  "aliases",
  "note",
  "x",
  "y",
]);
const DEAL_KEYS = new Set([
  "id",
  "investor",
  "target",
  "date",
  "round",
  "lead",
  "amountUsd",
  "amountQualifier",
  "roundSizeUsd",
  "form",
  "confidence",
  "note",
  "sources",
]);
const SOURCE_KEYS = new Set(["title", "publisher", "url", "date"]);
const QUALIFIERS: ReadonlySet<unknown> = new Set(["exact", "approx", "at-least", "up-to"]);
const CONFIDENCES: ReadonlySet<unknown> = new Set(["high", "medium", "low"]);

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
const onlyKeys = (row: Row, allowed: ReadonlySet<string>): boolean => Object.keys(row).every((key) => allowed.has(key));
/** Non-empty and already trimmed: zod trims, and the fast path must not change values. */
const isName = (value: unknown): value is string => typeof value === "string" && value.length > 0 && value.trim() === value;
const optionalString = (value: unknown): boolean => value === undefined || typeof value === "string";
const amount = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= MAX_AMOUNT_USD);
const url = (value: unknown): boolean => value === undefined || (typeof value === "string" && value.trim() === value && HTTP.test(value));
const date = (value: unknown): boolean =>
  value === undefined || (typeof value === "string" && DATE.test(value) && isYearInRange(Number(value.slice(0, 4))));

function sourcesOk(value: unknown): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value)) return false;
  return value.every(
    (source) =>
      isRow(source) &&
      onlyKeys(source, SOURCE_KEYS) &&
      optionalString(source["title"]) &&
      optionalString(source["publisher"]) &&
      url(source["url"]) &&
      date(source["date"]),
  );
}

/** True when zod would accept the row and return it unchanged. */
export function isPlainDeal(raw: unknown): raw is DealRecord {
  if (!isRow(raw) || !onlyKeys(raw, DEAL_KEYS)) return false;
  return (
    isName(raw["id"]) &&
    isName(raw["investor"]) &&
    isName(raw["target"]) &&
    isName(raw["form"]) &&
    (raw["date"] === null || date(raw["date"])) &&
    optionalString(raw["round"]) &&
    (raw["lead"] === undefined || typeof raw["lead"] === "boolean") &&
    amount(raw["amountUsd"]) &&
    amount(raw["roundSizeUsd"]) &&
    (raw["amountQualifier"] === undefined || QUALIFIERS.has(raw["amountQualifier"])) &&
    (raw["confidence"] === undefined || CONFIDENCES.has(raw["confidence"])) &&
    optionalString(raw["note"]) &&
    sourcesOk(raw["sources"])
  );
}

/** True when zod would accept the row and return it unchanged. */
export function isPlainNode(raw: unknown): raw is NodeRecord {
  if (!isRow(raw) || !onlyKeys(raw, NODE_KEYS)) return false;
  const labels = raw["labels"];
  const founded = raw["founded"];
  return (
    isName(raw["id"]) &&
    isName(raw["label"]) &&
    (raw["kind"] === "investor" || raw["kind"] === "startup") &&
    (labels === undefined ||
      (isRow(labels) && Object.entries(labels).every(([key, value]) => LANGUAGE.test(key) && typeof value === "string"))) &&
    optionalString(raw["category"]) &&
    optionalString(raw["sector"]) &&
    optionalString(raw["country"]) &&
    optionalString(raw["city"]) &&
    optionalString(raw["note"]) &&
    (raw["aliases"] === undefined || (Array.isArray(raw["aliases"]) && raw["aliases"].every((alias) => typeof alias === "string"))) &&
    (founded === undefined || (typeof founded === "number" && Number.isInteger(founded) && founded >= 1000 && founded <= MAX_YEAR)) &&
    url(raw["url"]) &&
    (raw["x"] === undefined || (typeof raw["x"] === "number" && Number.isFinite(raw["x"]))) &&
    (raw["y"] === undefined || (typeof raw["y"] === "number" && Number.isFinite(raw["y"])))
  );
}
