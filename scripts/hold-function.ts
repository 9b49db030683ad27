/**
 * `npm run db:hold-function -- <timestamp>_<name>`: writes a PostgreSQL
 * migration that deploys the hold function as generated from
 * lib/holds/hold-steps.ts. Run it after changing the steps; the unit test
 * lib/holds/hold-function.test.ts fails until the newest migration matches.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { holdFunctionMigration } from "../lib/holds/hold-function";

const name = process.argv[2];
if (!name || !/^\d{14}_[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:hold-function -- <yyyymmddhhmmss>_<name>");
  process.exit(2);
}
const dir = path.join("prisma", "postgresql", "migrations", name);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), holdFunctionMigration());
console.log(`wrote ${dir}/migration.sql`);
