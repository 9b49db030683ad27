/**
 * Runs once per `vitest --project integration` run: says which database leg
 * runs and fails at once, with a plain message, when PostgreSQL is the leg
 * and cannot be reached (never a silent skip).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { postgresAdminUrl, testLeg } from "./test-db";

export default async function setup(): Promise<void> {
  const leg = testLeg();
  if (leg === "postgres") {
    const client = new pg.Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
    } catch (e) {
      throw new Error(
        `TEST_DB=postgres but PostgreSQL is not reachable at ${postgresAdminUrl()} (set TEST_PG_URL): ${(e as Error).message}`,
      );
    } finally {
      await client.end().catch(() => {});
    }
  }
  console.log(`[integration] database leg: ${leg}`);
  warnIfBuildIsStale();
}

/** HTTP tests run the last `next build`; say so when app/ or lib/ changed after it. */
function warnIfBuildIsStale(): void {
  const buildId = path.resolve(".next/BUILD_ID");
  if (!existsSync(buildId)) return;
  const builtAt = statSync(buildId).mtimeMs;
  const newer = (dir: string): string | undefined => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === "generated") continue;
        const found = newer(full);
        if (found) return found;
      } else if (!entry.name.endsWith(".test.ts") && statSync(full).mtimeMs > builtAt) {
        return full;
      }
    }
    return undefined;
  };
  const changed = ["app", "lib"]
    .filter((d) => existsSync(d))
    .map(newer)
    .find(Boolean);
  if (changed)
    console.warn(
      `[integration] ${path.relative(".", changed)} is newer than the production build: run \`npm run build\` for HTTP tests to see it.`,
    );
}
