/**
 * Integration-test support: every test file gets its own fresh, migrated
 * database on the leg named by `TEST_DB` (sqlite | postgres).
 *
 * How to use (vitest project `integration`, files named `*.int.test.ts`,
 * next to the code in `lib/**` or over HTTP in `test/**`):
 *
 *   // lib/holds/hold-seat.int.test.ts
 *   import { vi } from "vitest";
 *   vi.hoisted(() => { process.env.MAX_HOLDS_PER_USER = "2"; }); // optional, before any lib import
 *   import { getDb } from "@/lib/db";        // the file's own fresh database
 *   import { holdSeat } from "@/lib/holds/hold-seat";
 *   import { makeUser, makeSchedule } from "@/test/support/fixtures";
 *
 * This file runs before each test file is imported: it creates the database,
 * sets DATABASE_URL, AUTH_SECRET and test defaults (SWEEP_INTERVAL_SECONDS=0)
 * in process.env, so `lib/env.ts` and `getDb()` see them at first import.
 * `vi.hoisted` runs after it and before the file's imports, so a file may
 * override any setting there. After the file, the Prisma client is closed and
 * the database dropped. `testDatabase()` gives the URL (e.g. for HTTP servers).
 */
import { afterAll } from "vitest";
import { stopAllServers } from "./server";
import { createTestDatabase, type TestDatabase } from "./test-db";

const database: TestDatabase = await createTestDatabase();

process.env.DATABASE_URL = database.url;
process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789";
process.env.SWEEP_INTERVAL_SECONDS ??= "0";
// Domain tests sign up and join far more often than a person would (servers: LIMITS_OUT_OF_THE_WAY).
process.env.SIGNIN_MAX_FAILURES ??= "100000";
process.env.SIGNUPS_PER_ADDRESS_PER_HOUR ??= "100000";
process.env.QUEUE_JOINS_PER_USER_PER_MINUTE ??= "100000";

const state = globalThis as unknown as {
  stagepassTestDatabase?: TestDatabase;
  stagepassDb?: { $disconnect(): Promise<void> };
  stagepassSql?: { close(): Promise<void> };
};
state.stagepassTestDatabase = database;

afterAll(async () => {
  // Servers first: a dropped database under a live server only makes noise.
  await stopAllServers();
  await state.stagepassDb?.$disconnect();
  state.stagepassDb = undefined;
  await state.stagepassSql?.close();
  state.stagepassSql = undefined;
  await database.drop();
});
