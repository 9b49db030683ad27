import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "server-only": path.resolve("test/server-only.ts"), "@": path.resolve(".") },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["node_modules", "e2e", "bench"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
