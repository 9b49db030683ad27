/**
 * Fresh databases for tests, on the leg chosen by `TEST_DB`:
 * - `sqlite` (default): a new file in a temp directory, removed afterwards;
 * - `postgres`: a new database `tests_<random>` on `TEST_PG_URL`
 *   (default postgresql://postgres@127.0.0.1:5432/postgres), dropped afterwards.
 * Both are migrated with the committed migrations (scripts/lib/migrate.ts).
 *
 * Test files do not call this directly: the integration project's setup file
 * (test/support/integration-setup.ts) gives every test file its own database.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { migrate } from "../../scripts/lib/migrate";

export type TestLeg = "sqlite" | "postgres";

export interface TestDatabase {
  leg: TestLeg;
  url: string;
  /** Drops the database (or deletes the file). Close every client first. */
  drop(): Promise<void>;
}

export function testLeg(): TestLeg {
  const leg = process.env.TEST_DB ?? "sqlite";
  if (leg !== "sqlite" && leg !== "postgres") throw new Error(`TEST_DB must be "sqlite" or "postgres", got "${leg}"`);
  return leg;
}

export function postgresAdminUrl(): string {
  return process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createSqlite(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "stagepass-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  await migrate(url);
  return { leg: "sqlite", url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function createPostgres(): Promise<TestDatabase> {
  // TEST_PG_PREFIX lets parallel worktrees keep their databases apart (e.g. admin_...).
  const name = `${process.env.TEST_PG_PREFIX ?? "tests"}_${randomBytes(6).toString("hex")}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const target = new URL(postgresAdminUrl());
  target.pathname = `/${name}`;
  const url = target.toString();
  await migrate(url);
  return {
    leg: "postgres",
    url,
    // FORCE ends connections the migration engine or a killed server left behind.
    drop: async () => {
      await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** Creates and migrates a fresh, empty database on the current leg. */
export function createTestDatabase(leg: TestLeg = testLeg()): Promise<TestDatabase> {
  return leg === "sqlite" ? createSqlite() : createPostgres();
}
