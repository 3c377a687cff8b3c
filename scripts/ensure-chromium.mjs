#!/usr/bin/env node
// Finds the Chromium the end-to-end tests drive (Debian's package, never a downloaded build) before
// any test runs: installs it where it may (root with apt-get), else stops at once with the one command.
import { execFileSync, spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";

const DEBIAN = "/usr/bin/chromium";
const PACKAGES = ["chromium", "fonts-noto-cjk"]; // CJK fonts: Korean and Chinese labels in screenshots and PNGs
const wanted = process.env.CHROMIUM_PATH || DEBIAN;

function runnable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function has(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

if (runnable(wanted)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  console.error(`test: CHROMIUM_PATH=${wanted} is not an executable file; point it at Chromium or unset it to use ${DEBIAN}.`);
  process.exit(1);
}
const root = typeof process.getuid === "function" && process.getuid() === 0;
if (root && has("apt-get")) {
  console.error(`test: ${DEBIAN} is missing; installing Debian's ${PACKAGES.join(" and ")} (apt-get, about a minute)`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: ["ignore", "ignore", "inherit"], env });
  execFileSync("apt-get", ["install", "-y", "-qq", ...PACKAGES], { stdio: ["ignore", "ignore", "inherit"], env });
  if (runnable(DEBIAN)) process.exit(0);
}
const command = has("apt-get")
  ? `sudo apt-get install ${PACKAGES.join(" ")}`
  : "install Chromium, then CHROMIUM_PATH=/path/to/chromium npm test";
console.error(
  `test: the end-to-end tests need Chromium at ${DEBIAN} and it is not there.\n  Run: ${command}\n  (a downloaded browser such as 'npx playwright install' is not used)`,
);
process.exit(1);
