import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Two projects:
 * - `unit`: `*.test.ts` next to the code; no database (DATABASE_URL points
 *   nowhere, so a unit test that touches the database fails loudly).
 * - `integration`: `*.int.test.ts`; each file gets its own fresh database on
 *   the leg named by TEST_DB (sqlite | postgres), see test/support/integration-setup.ts.
 */
export default defineConfig({
  resolve: {
    alias: { "server-only": path.resolve("test/server-only.ts"), "@": path.resolve(".") },
  },
  test: {
    environment: "node",
    exclude: ["node_modules", "e2e", "bench/results", ".next"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "test/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules", "e2e", "bench/results", ".next"],
          env: {
            DATABASE_URL: "postgresql://unit-tests-have-no-database.invalid/none",
            AUTH_SECRET: "unit-tests-secret-0123456789",
            SWEEP_INTERVAL_SECONDS: "0",
          },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts", "test/**/*.int.test.ts", "scripts/**/*.int.test.ts"],
          setupFiles: ["test/support/integration-setup.ts"],
          globalSetup: ["test/support/integration-global.ts"],
        },
      },
    ],
  },
});
