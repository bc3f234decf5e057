import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Far from UTC on purpose: code that leans on the machine's zone fails here.
process.env.TZ = "Asia/Kathmandu";

const alias = {
  "@": fileURLToPath(new URL("./", import.meta.url)),
  "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
};
const env = { TZ: "Asia/Kathmandu" };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        // Property tests run thousands of cases: a generous timeout keeps a busy 2-core CI machine from failing them.
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "lib/**/*.test.tsx", "emails/**/*.test.ts?(x)", "scripts/**/*.test.ts"],
          exclude: ["**/*.db.test.ts"],
          env,
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "db-pglite",
          include: ["lib/**/*.db.test.ts"],
          env: { ...env, TEST_DB: "pglite" },
          globalSetup: ["lib/testing/db-global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "db-postgres",
          include: ["lib/**/*.db.test.ts"],
          env: { ...env, TEST_DB: "postgres" },
          globalSetup: ["lib/testing/db-global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
