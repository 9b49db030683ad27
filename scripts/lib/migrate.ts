/**
 * Applies the committed migrations of the provider DATABASE_URL points at.
 * Safe to run again: applied migrations are recorded in `_prisma_migrations`.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { prepareSqliteFile } from "../../lib/db/create-client";
import { openSchemaEngine, readDatamodels, type Provider } from "./schema-engine";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

async function migrationList(root: string, provider: Provider) {
  const baseDir = path.join(root, "prisma", provider, "migrations");
  const names = (await readdir(baseDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(baseDir, name, "migration.sql"), "utf8") },
      },
    })),
  );
  const lockPath = path.join(baseDir, "migration_lock.toml");
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Creates the PostgreSQL database named in the URL when it does not exist yet. */
export async function ensurePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch (e) {
    // Another process may have created it between the check and the CREATE.
    if ((e as { code?: string }).code !== "42P04") throw e;
  } finally {
    await client.end();
  }
}

/**
 * Prisma's pg adapter runs a migration script by splitting it on ";", which
 * breaks any function body (PL/pgSQL is full of them). PostgreSQL takes the
 * whole script as one simple query instead, in one implicit transaction, the
 * way Prisma's own CLI applies it.
 */
function wholeScripts(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const pool = adapter.underlyingDriver();
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  };
  return factory;
}

export async function migrate(url: string, root = process.cwd()): Promise<string[]> {
  const provider: Provider = url.startsWith("file:") ? "sqlite" : "postgresql";
  let factory;
  if (provider === "sqlite") {
    factory = new PrismaBetterSqlite3({ url: prepareSqliteFile(url), timeout: 10_000 });
  } else {
    await ensurePostgresDatabase(url);
    factory = wholeScripts(new PrismaPg({ connectionString: url, max: 2 }));
  }
  const { engine, errorDetail } = await openSchemaEngine(await readDatamodels(root, provider), factory);
  try {
    const result = await engine.applyMigrations({ migrationsList: await migrationList(root, provider), filters: NO_FILTERS });
    return result.appliedMigrationNames;
  } catch (e) {
    throw new Error(`migration failed: ${errorDetail(e)}`);
  } finally {
    engine.free();
  }
}
