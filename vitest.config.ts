import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; tests are server code.
      "server-only": path.join(root, "test", "server-only-stub.ts"),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: ["{lib,components,db,app,scripts,checks,server}/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["{lib,db,app,scripts,server}/**/*.int.test.ts"],
          environment: "node",
          // Each file opens its own database file; keep them apart but parallel.
          pool: "forks",
        },
      },
    ],
  },
});
