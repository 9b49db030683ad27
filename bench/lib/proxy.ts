/** Starts and stops the round-robin proxy process (see proxy-main.ts). */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { stopGroup, track } from "./processes";
import { RssSampler, type RssPeak } from "./rss";

export interface ProxyHandle {
  url: string;
  stop(): Promise<RssPeak | null>;
}

/** Waits up to 20 s for `url` to answer /api/health/live while `child` runs; false if it never does. */
export async function answersLive(url: string, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const res = await fetch(`${url}/api/health/live`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

export async function startProxy(root: string, port: number, upstreams: string[], logDir: string): Promise<ProxyHandle> {
  const log = createWriteStream(path.join(logDir, `proxy-${port}.log`), { flags: "a" });
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "bench", "lib", "proxy-main.ts"), String(port), ...upstreams], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  track(child);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const sampler = new RssSampler(child.pid!);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    sampler.stop();
    await stopGroup(child);
    log.end();
    return sampler.serverPeak();
  };
  if (await answersLive(url, child)) return { url, stop };
  await stop();
  throw new Error(`proxy on ${port} did not come up`);
}
