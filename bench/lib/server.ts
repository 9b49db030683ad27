/**
 * Starts `next start` on the production build, waits for liveness, samples its
 * memory, and stops the whole process group.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { stopGroup, track } from "./processes";
import { RssSampler, type RssPeak } from "./rss";

export interface ServerHandle {
  name: string;
  port: number;
  url: string;
  logFile: string;
  child: ChildProcess;
  sampler: RssSampler;
  stop(): Promise<RssPeak | null>;
}

export interface ServerOptions {
  root: string;
  name: string;
  port: number;
  env: Record<string, string>;
  logDir: string;
  /** Start with --cpu-prof writing here (profiles appear when the server exits). */
  cpuProfDir?: string;
  /** How long to wait for it to be live before giving up (default 90 s). */
  liveTimeoutMs?: number;
}

async function waitLive(url: string, child: ChildProcess, logFile: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before it was live; see ${logFile}`);
    try {
      const res = await fetch(`${url}/api/health/live`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server on ${url} not live after ${timeoutMs / 1000} s; see ${logFile}`);
}

export async function startServer(opts: ServerOptions): Promise<ServerHandle> {
  mkdirSync(opts.logDir, { recursive: true });
  const logFile = path.join(opts.logDir, `${opts.name}.log`);
  const log = createWriteStream(logFile, { flags: "a" });
  const bin = path.join(opts.root, "node_modules", ".bin", "next");
  // Started directly (not through npx) in its own process group, so killing
  // the group also stops the next-server child.
  const startArgs = ["start", "-p", String(opts.port), "-H", "127.0.0.1"];
  // --cpu-prof is refused in NODE_OPTIONS: run next's bin under node with the flag
  // (next-server is forked with the parent's execArgv, so it is profiled too).
  const [command, args] = opts.cpuProfDir
    ? [
        process.execPath,
        [
          "--cpu-prof",
          `--cpu-prof-dir=${opts.cpuProfDir}`,
          path.join(opts.root, "node_modules", "next", "dist", "bin", "next"),
          ...startArgs,
        ],
      ]
    : ["bash", [path.join(opts.root, "scripts", "start.sh"), "-H", "127.0.0.1"]];
  const child = spawn(command, args, {
    cwd: opts.root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      // Started like `npm start` (scripts/start.sh, with its V8 flags); BENCH_NODE_OPTIONS overrides them.
      ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
      ...opts.env,
      PORT: String(opts.port),
    },
  });
  track(child);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  if (child.pid === undefined) throw new Error(`could not start ${bin}`);
  const sampler = new RssSampler(child.pid);
  const url = `http://127.0.0.1:${opts.port}`;
  const handle: ServerHandle = {
    name: opts.name,
    port: opts.port,
    url,
    logFile,
    child,
    sampler,
    async stop() {
      sampler.sample();
      sampler.stop();
      await stopGroup(child);
      log.end();
      return sampler.serverPeak();
    },
  };
  try {
    await waitLive(url, child, logFile, opts.liveTimeoutMs);
  } catch (e) {
    await handle.stop();
    throw e;
  }
  return handle;
}
