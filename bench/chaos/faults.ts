/**
 * The outage: first the instance's PostgreSQL backends are terminated
 * (pg_terminate_backend on its application_name, so its statements in flight
 * fail as on a database failover), then `kill -9` of its whole process group,
 * then whatever backends it still had are terminated too; after a pause the
 * instance is started again on the same port (and the same database file).
 */
import pg from "pg";
import { signalGroup } from "../lib/processes";
import type { ServerHandle } from "../lib/server";

export interface FaultReport {
  instance: string;
  /** Milliseconds into the rush. */
  atMs: number;
  /** Seats SOLD in the database when the outage began. */
  soldBefore: number;
  backendsTerminatedBefore: number | null;
  backendsTerminatedAfter: number | null;
  /** Killed → live again. */
  downMs: number;
}

/** Terminates every backend of `databaseUrl`'s database whose application_name is `appName`; returns how many. */
export async function terminateBackends(databaseUrl: string, appName: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "chaos-runner" });
  await client.connect();
  try {
    const res = await client.query<{ n: string }>(
      `SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(pid)) AS n FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = $1 AND pid <> pg_backend_pid()`,
      [appName],
    );
    return Number(res.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

export async function killNine(server: ServerHandle): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) resolve();
    else server.child.once("exit", () => resolve());
  });
  signalGroup(server.child, "SIGKILL");
  await exited;
  // The child may exit before its next-server grandchild: signal the group once more.
  signalGroup(server.child, "SIGKILL");
  if (server.child.pid !== undefined) {
    try {
      process.kill(-server.child.pid, "SIGKILL");
    } catch {
      // The whole group is gone.
    }
  }
}
