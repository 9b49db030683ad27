/**
 * The two-instance target's proxy survives clients that leave mid-answer: the
 * load generator closes its in-flight requests at the end of every scenario,
 * and a proxy that stranded those upstream sockets stalled every request once
 * its pool of 128 was used up (two of three full runs on 2026-12-02/03).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startProxy, type ProxyHandle } from "./proxy";

let upstream: http.Server;
let proxy: ProxyHandle;

/** A free loopback port (the proxy process takes a port number, not 0). */
async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
  const { port } = probe.address() as AddressInfo;
  await new Promise((r) => probe.close(r));
  return port;
}

beforeAll(async () => {
  // Answers health checks at once, everything else as a body streamed over ~0.4 s.
  upstream = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    if (req.url === "/api/health/live") return res.end("ok");
    let chunks = 0;
    const timer = setInterval(() => {
      res.write("x".repeat(64 * 1024));
      if (++chunks === 20) {
        clearInterval(timer);
        res.end();
      }
    }, 20);
    res.on("close", () => clearInterval(timer));
  });
  await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", r));
  const { port } = upstream.address() as AddressInfo;
  const logDir = mkdtempSync(path.join(os.tmpdir(), "stagepass-proxy-"));
  proxy = await startProxy(path.resolve(__dirname, "..", ".."), await freePort(), [`http://127.0.0.1:${port}`], logDir);
}, 30_000);

afterAll(async () => {
  await proxy?.stop();
  await new Promise((r) => upstream?.close(r));
});

/** A request that reads the first chunk of the answer and hangs up; "stalled" if no chunk comes within 5 s. */
function leaveMidAnswer(): Promise<"left" | "stalled"> {
  return new Promise((resolve) => {
    const req = http.get(`${proxy.url}/stream`, { agent: false }, (res) => {
      res.once("data", () => {
        req.destroy();
        resolve("left");
      });
    });
    req.setTimeout(5000, () => {
      req.destroy();
      resolve("stalled");
    });
    req.on("error", () => {});
  });
}

it("keeps answering after 300 clients hung up mid-answer (more than its 128 upstream sockets)", async () => {
  const outcomes: string[] = [];
  for (let round = 0; round < 3; round++) outcomes.push(...(await Promise.all(Array.from({ length: 100 }, leaveMidAnswer))));
  expect(outcomes.filter((o) => o === "stalled")).toHaveLength(0);
  const res = await fetch(`${proxy.url}/stream`, { signal: AbortSignal.timeout(5000) });
  expect(res.status).toBe(200);
  expect((await res.text()).length).toBe(20 * 64 * 1024);
}, 60_000);
