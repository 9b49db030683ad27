/**
 * The fast path (lib/db/sql.ts) on PostgreSQL: the pg Pool that Prisma's
 * adapter also uses, so both draw on one set of DATABASE_POOL_SIZE connections.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import { replayTransaction, retryRead } from "./retry";
import type { Sql, SqlParam, SqlRunner } from "./sql";
import { isRead } from "./sqlite-adapter";

const TIMESTAMP_OID = 1114;

/**
 * Prisma stores DateTime as `timestamp(3)` (no zone) holding UTC. pg would
 * read and write those in the process's local zone; these keep them UTC
 * whatever TZ the server runs in.
 */
const parseUtc = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID ? parseUtc : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};
const toDb = (value: SqlParam) => (value instanceof Date ? value.toISOString().replace("T", " ").replace("Z", "") : value);

/** Named statements: each connection parses and plans a statement once. */
const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `sp_${createHash("sha1").update(text).digest("hex").slice(0, 16)}`;
    names.set(text, name);
  }
  return name;
}

function runner(client: pg.Pool | pg.PoolClient): SqlRunner {
  const query = (text: string, params: readonly SqlParam[]) =>
    client.query({ name: statementName(text), text, values: params.map(toDb), types });
  return {
    rows: async <T>(text: string, params: readonly SqlParam[] = []) => (await query(text, params)).rows as T[],
    run: async (text: string, params: readonly SqlParam[] = []) => (await query(text, params)).rowCount ?? 0,
  };
}

export function postgresSql(pool: pg.Pool): Sql {
  // An idle connection the server dropped is replaced at the next query; it must not crash the process.
  pool.on("error", () => {});
  const autocommit = runner(pool);
  // A lost connection: a read runs once more, a transaction is replayed while its body had not finished (lib/db/retry.ts).
  const transaction = async <T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let broken: Error | undefined;
    // A connection killed while checked out emits "error" on the client; unheard, it would crash the process.
    const onError = (e: Error) => (broken = e);
    client.on("error", onError);
    try {
      await client.query("BEGIN");
      const result = await fn(runner(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch((e: Error) => (broken = e));
      throw error;
    } finally {
      // A connection that could not even roll back is dropped, not reused.
      client.off("error", onError);
      client.release(broken);
    }
  };
  return {
    dialect: "postgresql",
    rows: (text, params = []) => (isRead(text) ? retryRead(() => autocommit.rows(text, params)) : autocommit.rows(text, params)),
    run: autocommit.run,
    transaction: (fn) => replayTransaction(transaction, fn),
    close: async () => {
      if (!pool.ended) await pool.end();
    },
  };
}
