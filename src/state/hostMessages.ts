// The host-page protocol (DESIGN.md section 6): messages a page may post to the embed, checked on
// receipt, and the ones the embed posts back. Pure shapes; ui/story listens and posts.
import type { Issue } from "../io/issues";
import type { StepRef } from "./storyStep";

export type HostCommand =
  { readonly type: "explorer:step"; readonly step: StepRef } | { readonly type: "explorer:view"; readonly view: string };

export type EmbedMessage =
  | { readonly type: "explorer:ready"; readonly steps: number }
  | { readonly type: "explorer:step-changed"; readonly step: number; readonly id: string | null };

const PLACE = "host message";
const MAX_VIEW = 4000;

/**
 * A posted message -> a command, a notice (ours but malformed), or null when the message is not
 * ours at all (height messages of pym.js, Datawrapper and others share the channel).
 */
export function readHostMessage(data: unknown): { command: HostCommand } | { issue: Issue } | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const type: unknown = Object.hasOwn(data, "type") ? (data as { type: unknown }).type : undefined;
  if (typeof type !== "string" || !type.startsWith("explorer:")) return null;
  const field = (key: string): unknown => (Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined);
  const bad = (message: string): { issue: Issue } => ({
    issue: { severity: "warning", path: `${PLACE} "${type.slice(0, 40)}"`, message: `${message}; ignored` },
  });
  if (type === "explorer:step") {
    const step = field("step");
    if (typeof step === "number" && Number.isInteger(step) && step >= 1) return { command: { type, step } };
    if (typeof step === "string" && step.trim() !== "" && step.length <= 200) return { command: { type, step: step.trim() } };
    return bad(`"step" should be a step number (1, 2, ...) or a step id, not ${describe(step)}`);
  }
  if (type === "explorer:view") {
    const view = field("view");
    if (typeof view === "string" && view.length <= MAX_VIEW) return { command: { type, view } };
    return bad(`"view" should be a URL query string such as "from=2023&forms=cash", not ${describe(view)}`);
  }
  if (type === "explorer:ready" || type === "explorer:step-changed") return null; // our own, echoed back by a host
  return bad('unknown message type; the embed understands "explorer:step" and "explorer:view"');
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return value.length > 200 ? "a string over its length limit" : JSON.stringify(value);
  if (typeof value === "number") return String(value);
  return Array.isArray(value) ? "a list" : typeof value;
}

export function readyMessage(steps: number): EmbedMessage {
  return { type: "explorer:ready", steps };
}

export function stepChangedMessage(step: number, id: string | null): EmbedMessage {
  return { type: "explorer:step-changed", step, id };
}
