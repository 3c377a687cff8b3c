// Lint: typescript-eslint's type-aware recommended rules, plus the project's own guards
// (no HTML from strings, no `any`). Runs in `npm test`; any error fails CI.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "dist-*/", "node_modules/", "coverage/", "bench/out/", "tests/e2e/artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.js", "public/*.js", "scripts/*.mjs", "examples/*/*.js"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Data is untrusted: use textContent." },
        { property: "outerHTML", message: "Data is untrusted: use textContent." },
        { property: "insertAdjacentHTML", message: "Data is untrusted: build elements." },
      ],
    },
  },
  // State changes are named, pure transitions in src/state (transitions.ts); the rest only applies them.
  {
    files: ["src/**/*.ts"],
    ignores: ["src/state/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='setState'][callee.object.name=/[Ss]tore$/]",
          message: "Change the store through a named transition in src/state/transitions.ts: apply(store, transition(...)).",
        },
      ],
    },
  },
  {
    files: ["eslint.config.js"],
    ...tseslint.configs.disableTypeChecked,
  },
  // Plain Node scripts that must run before dependencies matter (the Chromium check): untyped.
  {
    files: ["scripts/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  // Plain browser scripts served as they are (the embed loader): linted untyped, as classic scripts.
  {
    files: ["public/**/*.js", "examples/**/*.js"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      sourceType: "script",
      globals: { window: "readonly", document: "readonly", Number: "readonly", String: "readonly", Math: "readonly" },
    },
  },
);
