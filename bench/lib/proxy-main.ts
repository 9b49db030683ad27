/**
 * A tiny round-robin HTTP proxy for the two-instance target, run as its own
 * process so it does not share the load generator's event loop.
 * Usage: node --import tsx bench/lib/proxy-main.ts <port> <upstream-url>...
 */
import http from "node:http";

const [portArg, ...upstreamArgs] = process.argv.slice(2);
const port = Number(portArg);
const upstreams = upstreamArgs.map((u) => new URL(u));
if (!port || upstreams.length === 0) {
  console.error("usage: proxy-main.ts <port> <upstream-url>...");
  process.exit(2);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
let next = 0;

const server = http.createServer((req, res) => {
  const upstream = upstreams[next++ % upstreams.length]!;
  const out = http.request(
    { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    },
  );
  out.on("error", (e) => {
    if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
    res.end(`proxy: ${e.message}`);
  });
  req.pipe(out);
});
server.keepAliveTimeout = 65_000;
server.listen(port, "127.0.0.1", () => console.log(`proxy on ${port} → ${upstreams.map(String).join(", ")}`));
