import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // An update or delete without where() rewrites every row: never by accident.
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Raw SQL belongs in db/ (and the runtime in server/); everything else goes through db/queries.
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "better-sqlite3", message: "Open the database through db/client." }] },
      ],
    },
  },
  {
    // Every query is a promise on both database backends (db/client): one
    // not awaited runs outside its transaction, or after the answer was sent.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    files: ["db/**", "server/**", "scripts/**", "bench/**", "e2e/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Nothing outside db/ builds a query: data goes through db/queries. Types
    // (a row's shape, a Logger) may still be imported anywhere. Exempt: the
    // harnesses, which look under the data layer on purpose: test/ (raw SQL for
    // row counts and query plans, wiping a test database) and bench/ (index
    // sizes, fixtures picked and cleaned up around a measurement). Neither
    // serves a reader; tests elsewhere use test/raw-sql.
    files: ["**/*.{ts,tsx,mts,mjs}"],
    ignores: ["db/**", "test/**", "bench/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["drizzle-orm", "drizzle-orm/*"],
              allowTypeImports: true,
              message: "Queries live in db/queries: add one there and call it.",
            },
          ],
        },
      ],
    },
  },
  {
    // db/ takes typed inputs; they are validated where they arrive (route
    // handlers, actions, forms), with schemas that are checked against db/'s
    // types. Its tests may parse through those schemas, as a handler would.
    files: ["db/**"],
    ignores: ["db/**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [{ name: "zod", message: "Validate at the boundary (lib/schemas); db/ takes typed inputs." }],
          patterns: [
            {
              group: ["@/lib/schemas", "@/lib/schemas/*", "**/lib/schemas", "**/lib/schemas/*"],
              message: "db/ exports the input types; lib/schemas checks its schemas against them, not the other way round.",
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures receive a `use` callback that is not React's `use`.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "data/**"]),
]);
