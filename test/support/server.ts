/**
 * Starts the real production server (`next start`, from the one `next build`
 * of the run) against a test database, waits for /api/health/live, and stops
 * it by process group. Several instances may share one database, each with
 * its own env:
 *
 *   const [a, b] = await startServers([{}, { HOLD_TTL_SECONDS: "1" }]);
 *   const fan = new ApiClient(a.url);            // test/support/client.ts
 *
 * The database defaults to the test file's own (integration-setup.ts), and
 * every server still running is stopped after the file, before the database
 * is dropped. Ports come from 3200–3299 (TEST_PORT_BASE moves the block),
 * claimed with lock files so parallel workers never share one.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import net from "node:net";
import path from "node:path";
import { testDatabase } from "./database";

export interface AppServer {
  url: string;
  port: number;
  /** The server's recent stdout/stderr, for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, "../..");
const START_SCRIPT = path.join(ROOT, "scripts/start.sh");
const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

process.once("exit", () => running.forEach((c) => killGroup(c, "SIGKILL")));

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

// TEST_PORT_BASE moves the 100-port block (parallel worktrees each have their own).
const PORT_BASE = Number(process.env.TEST_PORT_BASE ?? "3200");
const PORTS = { first: PORT_BASE, last: PORT_BASE + 99 };
const LOCK_DIR = path.join(tmpdir(), "stagepass-test-ports");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Claims a port across all test workers with a lock file holding our pid
 * (a probe alone races: two workers could both see a port free and the
 * loser's health check would reach the winner's server). Stale locks of dead
 * processes are taken over.
 */
function claimPort(port: number): boolean {
  const file = path.join(LOCK_DIR, String(port));
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      return true;
    } catch {
      const owner = Number(readFileSync(file, { encoding: "utf8", flag: "a+" }));
      if (owner && alive(owner)) return false;
      rmSync(file, { force: true });
    }
  }
  return false;
}

function releasePort(port: number): void {
  rmSync(path.join(LOCK_DIR, String(port)), { force: true });
}

async function freePort(): Promise<number> {
  mkdirSync(LOCK_DIR, { recursive: true });
  for (let port = PORTS.first; port <= PORTS.last; port++) {
    if (!claimPort(port)) continue;
    if (await portIsFree(port)) return port;
    releasePort(port);
  }
  throw new Error(`no free port in ${PORTS.first}–${PORTS.last}`);
}

/**
 * Every test server signs in, signs up and joins queues from 127.0.0.1 far
 * more often than a person would: the abuse limits are set out of reach
 * unless a test passes its own (test/http/rate-limits.int.test.ts).
 */
export const LIMITS_OUT_OF_THE_WAY = {
  SIGNIN_MAX_FAILURES: "100000",
  SIGNUPS_PER_ADDRESS_PER_HOUR: "100000",
  QUEUE_JOINS_PER_USER_PER_MINUTE: "100000",
};

function childEnv(port: number, databaseUrl: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith("VITEST") && !k.startsWith("NEXTAUTH_") && k !== "NODE_OPTIONS") env[k] = v;
  }
  return {
    ...env,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "integration-tests-secret-0123456789",
    SWEEP_INTERVAL_SECONDS: process.env.SWEEP_INTERVAL_SECONDS ?? "0",
    ...LIMITS_OUT_OF_THE_WAY,
    ...extra,
    NODE_ENV: "production",
  };
}

async function waitLive(url: string, child: ChildProcess, logs: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${logs()}`);
    try {
      const res = await fetch(`${url}/api/health/live`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`next start did not become live within ${timeoutMs} ms:\n${logs()}`);
}

/** Starts one production server. `env` overrides any setting (HOLD_TTL_SECONDS, QUEUE_ACTIVE_LIMIT, ...). */
export async function startServer(opts: { env?: Record<string, string>; databaseUrl?: string } = {}): Promise<AppServer> {
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    throw new Error("No production build (.next/BUILD_ID). Run `npm run build` first; `npm test` builds once per run.");
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("bash", [START_SCRIPT, "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: childEnv(port, opts.databaseUrl ?? testDatabase().url, opts.env ?? {}),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const logs = () => lines.join("\n");
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("exit", () => releasePort(port));
  child.once("exit", (code, signal) => {
    // Still registered means nobody asked it to stop: say so, with its last words.
    if (running.has(child)) console.error(`next start on :${port} died (code ${code}, signal ${signal}):\n${logs()}`);
  });
  const stop = async () => {
    if (!running.delete(child)) return;
    killGroup(child, "SIGTERM");
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitLive(url, child, logs);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, logs, stop };
}

/** Starts one instance per env, all on the same database, in parallel. */
export function startServers(envs: Record<string, string>[], databaseUrl?: string): Promise<AppServer[]> {
  return Promise.all(envs.map((env) => startServer({ env, databaseUrl })));
}

/** Stops every server this process started (the setup file calls it after each test file). */
export async function stopAllServers(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      killGroup(child, "SIGTERM");
      running.delete(child);
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
          child.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    }),
  );
}
