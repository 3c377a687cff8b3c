// Datawrapper-style render flags for embeds from the URL: dark=auto|true|false, plain, static,
// transparent. Pure and lenient: a bad value gives a notice and the default, never a crash.
import type { Issue } from "../io/issues";
import { DEFAULT_FLAGS, type RenderFlags } from "./store";

const DARK = ["auto", "true", "false"] as const;

/** `plain`, `plain=1`, `plain=true` switch on; `plain=0|false` or absence leave it off. */
function readBoolean(params: URLSearchParams, key: string, notices: Issue[]): boolean {
  const raw = params.get(key);
  if (raw === null) return false;
  const value = raw.trim().toLowerCase();
  if (value === "" || value === "1" || value === "true") return true;
  if (value === "0" || value === "false") return false;
  notices.push(notice(key, `"${raw}" should be true or false (or the bare word); ignored`));
  return false;
}

export function readFlags(params: URLSearchParams, notices: Issue[]): RenderFlags {
  const rawDark = params.get("dark");
  let dark: RenderFlags["dark"] = DEFAULT_FLAGS.dark;
  if (rawDark !== null) {
    const value = rawDark.trim().toLowerCase();
    // A bare `dark` reads as dark=true, like the other flags.
    const normalised = value === "" || value === "1" ? "true" : value === "0" ? "false" : value;
    const known = DARK.find((option) => option === normalised);
    if (known) dark = known;
    else notices.push(notice("dark", `"${rawDark}" is not one of ${DARK.join(", ")}; following the reader's setting`));
  }
  return {
    dark,
    plain: readBoolean(params, "plain", notices),
    static: readBoolean(params, "static", notices),
    transparent: readBoolean(params, "transparent", notices),
  };
}

/** Writes non-default flags into a copy of `base` (for embed snippets); defaults are left out. */
export function writeFlags(base: URLSearchParams, flags: RenderFlags): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of ["dark", "plain", "static", "transparent"]) params.delete(key);
  if (flags.dark !== DEFAULT_FLAGS.dark) params.set("dark", flags.dark);
  if (flags.plain) params.set("plain", "true");
  if (flags.static) params.set("static", "true");
  if (flags.transparent) params.set("transparent", "true");
  return params;
}

function notice(parameter: string, message: string): Issue {
  return { severity: "warning", path: `URL parameter "${parameter}"`, message };
}
