/**
 * Starts and stops nginx (Debian's package) as the caching proxy of the
 * `postgresql-nginx` target: real infrastructure standing in for a CDN, with
 * its configuration in bench/nginx/.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stopGroup, track } from "./processes";
import { RssSampler } from "./rss";
import { answersLive, type ProxyHandle } from "./proxy";

/** The nginx binary: NGINX_BIN, else Debian's. */
export function nginxBinary(): string | null {
  const candidates = [process.env.NGINX_BIN, "/usr/sbin/nginx", "/usr/bin/nginx"].filter(Boolean) as string[];
  return candidates.find((c) => existsSync(c)) ?? null;
}

export async function startNginx(root: string, port: number, upstream: string, logDir: string): Promise<ProxyHandle> {
  const bin = nginxBinary();
  if (!bin) throw new Error("nginx not found (apt-get install nginx, or set NGINX_BIN)");
  const dir = path.join(root, ".tmp", "bench", `nginx-${port}`);
  mkdirSync(dir, { recursive: true });
  const template = readFileSync(path.join(root, "bench", "nginx", "status-cache.conf.template"), "utf8");
  const conf = template.replaceAll("{{dir}}", dir).replaceAll("{{port}}", String(port)).replaceAll("{{upstream}}", new URL(upstream).host);
  const confFile = path.join(dir, "nginx.conf");
  writeFileSync(confFile, conf);
  const child = spawn(bin, ["-p", dir, "-c", confFile, "-e", path.join(logDir, `nginx-${port}.log`)], {
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  track(child);
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const sampler = new RssSampler(child.pid!);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    sampler.stop();
    await stopGroup(child);
    return sampler.serverPeak();
  };
  if (await answersLive(url, child)) return { url, stop };
  await stop();
  throw new Error(`nginx did not start on ${url}: ${stderr.trim() || "no answer"}`);
}
