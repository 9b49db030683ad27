/** The current test file's database (created by integration-setup.ts). */
import type { TestDatabase } from "./test-db";

export function testDatabase(): TestDatabase {
  const db = (globalThis as { stagepassTestDatabase?: TestDatabase }).stagepassTestDatabase;
  if (!db) throw new Error("No test database: name the file *.int.test.ts so it runs in the `integration` project.");
  return db;
}
