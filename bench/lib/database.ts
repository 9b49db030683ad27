/**
 * One fresh database per target: a SQLite file under .tmp/bench, or a
 * PostgreSQL database named bench_<pid>_<target>. Migrated with the project's
 * own offline migrator, dropped afterwards.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TargetName } from "./config";

/** migrate(url) from scripts/lib/migrate.ts, in a child process (see migrate-main.ts). */
function migrate(url: string, root: string): void {
  const res = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "bench", "lib", "migrate-main.ts"), url], {
    cwd: root,
    encoding: "utf8",
  });
  if (res.status !== 0) throw new Error(`migration of ${url} failed: ${res.stderr || res.stdout}`);
}

export interface BenchDatabase {
  url: string;
  provider: "sqlite" | "postgresql";
  drop(): Promise<void>;
}

function removeSqlite(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

export async function createBenchDatabase(root: string, target: TargetName, pgAdminUrl: string): Promise<BenchDatabase> {
  if (target === "sqlite") {
    const file = path.join(root, ".tmp", "bench", `bench-${process.pid}.db`);
    removeSqlite(file);
    const url = `file:${file}`;
    // A connection closed at exit can write the WAL back: remove the files last.
    process.once("exit", () => removeSqlite(file));
    migrate(url, root);
    return {
      url,
      provider: "sqlite",
      async drop() {
        removeSqlite(file);
      },
    };
  }
  const name = `bench_${process.pid}_${target.replace(/\W/g, "_")}`;
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  await dropPostgres(pgAdminUrl, name);
  migrate(url.toString(), root);
  return { url: url.toString(), provider: "postgresql", drop: () => dropPostgres(pgAdminUrl, name) };
}

async function dropPostgres(adminUrl: string, name: string): Promise<void> {
  if (!name.startsWith("bench_")) throw new Error(`refusing to drop ${name}: not a bench_ database`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
