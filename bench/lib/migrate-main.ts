/**
 * Runs the project's migrate(url) in its own process: migrate() leaves its
 * driver connection open, and on SQLite that connection's lock would stop the
 * bench from opening the same file afterwards.
 * Usage: node --import tsx bench/lib/migrate-main.ts <database-url>
 */
import { migrate } from "../../scripts/lib/migrate";

const url = process.argv[2];
if (!url) {
  console.error("usage: migrate-main.ts <database-url>");
  process.exit(2);
}
const applied = await migrate(url, process.cwd());
console.log(`applied ${applied.length} migrations`);
process.exit(0);
