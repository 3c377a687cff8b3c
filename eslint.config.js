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
      parserOptions: { projectService: { allowDefaultProject: ["eslint.config.js", "public/*.js", "examples/*/*.js"] }, tsconfigRootDir: import.meta.dirname },
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
  {
    files: ["eslint.config.js"],
    ...tseslint.configs.disableTypeChecked,
  },
  // Plain browser scripts served as they are (the embed loader): linted untyped, as classic scripts.
  {
    files: ["public/**/*.js", "examples/**/*.js"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { sourceType: "script", globals: { window: "readonly", document: "readonly", Number: "readonly", String: "readonly", Math: "readonly" } },
  },
);
