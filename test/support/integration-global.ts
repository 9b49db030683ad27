/**
 * Runs once per `vitest --project integration` run: says which database leg
 * runs and fails at once, with a plain message, when PostgreSQL is the leg
 * and cannot be reached (never a silent skip).
 */
import { existsSync } from "node:fs";
import pg from "pg";
import { staleBuildReason } from "../../scripts/lib/build-state";
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

/** HTTP tests run the last `next build`; say so when a source changed after it. */
function warnIfBuildIsStale(): void {
  const reason = existsSync(".next/BUILD_ID") ? staleBuildReason(process.cwd()) : null;
  if (reason) console.warn(`[integration] ${reason}: run \`npm run build\` for HTTP tests to see it.`);
}
