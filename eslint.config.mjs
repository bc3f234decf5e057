// Security lint: patterns that can be made slow by input, and code that evaluates strings.
// Issue-wide style and boundary rules can grow here; these ones must stay on.
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";

export default tseslint.config(
  { ignores: ["node_modules/**", ".next/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", ".data/**", ".e2e-data/**", "next-env.d.ts"] },
  {
    files: ["**/*.{ts,tsx,mts,mjs,js}"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { regexp },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Backtracking that grows faster than the input (ReDoS), in the pattern or in how it moves along.
      "regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
      "regexp/no-super-linear-move": ["error", { report: "potential", ignorePartial: false, ignoreSticky: false }],
      "regexp/no-dupe-disjunctions": ["error", { report: "all", reportExponentialBacktracking: "potential" }],
      "regexp/no-misleading-unicode-character": "error",
      "regexp/no-invalid-regexp": "error",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-script-url": "error",
    },
  },
  // Tests feed "javascript:" links to the code that must refuse them.
  { files: ["**/*.test.ts", "**/*.test.tsx", "e2e/**"], rules: { "no-script-url": "off" } },
);
