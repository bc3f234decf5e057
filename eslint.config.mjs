// One lint for the tree: security patterns (ReDoS, eval), typescript-eslint's type-checked rules, React's
// hooks rules, Next.js's rules, and the layout of ARCHITECTURE.md as import boundaries.
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";
import reactHooks from "eslint-plugin-react-hooks";
import nextPlugin from "@next/eslint-plugin-next";
import boundaries from "eslint-plugin-boundaries";

const tests = ["**/*.test.ts", "**/*.test.tsx", "e2e/**", "lib/testing/**", "**/testing.ts", "**/fixtures.ts"];

// Modules that compute without side effects: they may not reach the network, the database or Next.js.
const pure = ["lib/law/**", "lib/letters/**", "lib/reminders/{plan,decide,schedule}.ts"];
const impure = {
  modules: [
    "next",
    "next/**",
    "next-auth",
    "next-auth/**",
    "nodemailer",
    "pg",
    "@prisma/**",
    "@electric-sql/**",
    "server-only",
    "node:net",
    "node:http",
    "node:https",
    "node:dns",
  ],
};

export default tseslint.config(
  { ignores: ["node_modules/**", ".next/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", ".data/**", ".e2e-data/**", "next-env.d.ts"] },
  {
    files: ["**/*.{ts,tsx,mts,mjs,js,cjs}"],
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

  // TypeScript, with types.
  {
    files: ["**/*.{ts,tsx,mts}"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ["vitest.config.mts"] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A leading underscore marks a value left out on purpose (`const { secret: _, ...rest } = row`).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // React and react-hook-form take async handlers (`onSubmit={handleSubmit(async …)}`) and handle the promise.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  // Tests read JSON bodies and use vitest's asymmetric matchers (`expect.any`), both typed `any`: a wrong
  // shape fails the assertion itself. Their fakes implement async interfaces without awaiting anything.
  {
    files: tests,
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/require-await": "off",
    },
  },
  { files: ["**/*.{mjs,js,cjs}"], extends: [tseslint.configs.recommended] },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },

  // React and Next.js.
  { files: ["**/*.{ts,tsx}"], ignores: ["e2e/**"], ...reactHooks.configs.flat.recommended },
  // We do not run the React Compiler; this one only says it would skip react-hook-form's watch().
  { files: ["**/*.{ts,tsx}"], rules: { "react-hooks/incompatible-library": "off" } },
  { files: ["**/*.{ts,tsx}"], ...nextPlugin.configs.recommended },
  { files: ["**/*.{ts,tsx}"], ...nextPlugin.configs["core-web-vitals"] },

  // The layout as import boundaries (tests, e2e and scripts may import anything).
  {
    files: ["app/**", "lib/**", "emails/**", "proxy.ts", "instrumentation.ts"],
    ignores: tests,
    plugins: { boundaries },
    settings: {
      "import/resolver": { "./scripts/eslint-resolver.cjs": {} },
      "boundaries/include": ["app/**", "lib/**", "emails/**", "proxy.ts", "instrumentation.ts"],
      "boundaries/elements": [
        { type: "app", pattern: "app" },
        { type: "lib", pattern: "lib" },
        { type: "emails", pattern: "emails" },
      ],
      "boundaries/files": [
        { category: "db-client", pattern: ["lib/db/client.ts", "**/db/client.ts", "db/client.ts"] },
        { category: "db", pattern: "lib/db/**" },
        // next-auth's adapter is auth's data.ts and mutations.ts in the shape next-auth calls.
        { category: "data", pattern: ["**/data.ts", "**/mutations.ts", "lib/auth/adapter.ts"] },
        { category: "pure", pattern: pure },
      ],
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "allow",
          checkAllOrigins: true,
          checkInternals: true,
          policies: [
            {
              from: { element: { types: { anyOf: ["lib", "emails"] } } },
              disallow: { to: { element: { type: "app" } } },
              message: "lib/ and emails/ never import from app/: move the shared code into lib/.",
            },
            {
              disallow: { to: { file: { categories: "db-client" } }, dependency: { kind: "value" } },
              message: "Only data.ts and mutations.ts (and lib/db) import the database client.",
            },
            // The later policy wins: reads, writes and the database layer itself may use the client.
            { from: { file: { categories: { anyOf: ["data", "db"] } } }, allow: { to: { file: { categories: "db-client" } } } },
            {
              from: { file: { categories: "pure" } },
              disallow: { to: { file: { categories: { anyOf: ["db", "data"] } } } },
              message: "Pure modules (law, letters, reminder planning) touch no database: take the values as arguments.",
            },
            {
              from: { file: { categories: "pure" } },
              disallow: { to: { element: { type: "app" } } },
              message: "Pure modules (law, letters, reminder planning) never import from app/.",
            },
            {
              from: { file: { categories: "pure" } },
              disallow: { to: { module: { origin: "external", source: impure.modules } } },
              message: "Pure modules (law, letters, reminder planning) import nothing that reaches the network, the database or Next.js.",
            },
          ],
        },
      ],
    },
  },
);
