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

// No tighter cap than a real load balancer's: a waiting fan's event stream holds its upstream socket for as
// long as it is open (queue-push keeps 200 open), and requests beyond the cap would queue behind them.
const agent = new http.Agent({ keepAlive: true, maxSockets: 4096 });
let next = 0;

/**
 * Bodies are small JSON, so they are buffered: a request that meets a kept-alive
 * socket the upstream has just closed (ECONNRESET on a reused socket, nothing
 * processed) is sent once more instead of becoming a 502 the app never caused.
 * An upstream that refuses the connection (down: the chaos run kills one) saw
 * nothing either, so the request goes to the next one, as a load balancer's
 * health-checked failover would; each upstream is tried at most once.
 */
function forward(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse, attempt: number, refused = 0, first = next++): void {
  const upstream = upstreams[(first + refused) % upstreams.length]!;
  const out = http.request(
    { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    },
  );
  // A client that goes away mid-answer (the load generator closes its in-flight requests when a scenario
  // ends) must not strand the upstream socket: an unread response keeps it out of the agent's pool for
  // good, and after a few scenarios the whole pool (then 128) was stranded and every request waits (seen: seat-map at 5 req/s,
  // holds with p95 28 s and the servers idle). Destroying the request discards the socket instead.
  res.on("close", () => {
    if (!res.writableFinished) out.destroy();
  });
  out.on("error", (e: NodeJS.ErrnoException) => {
    if (out.reusedSocket && e.code === "ECONNRESET" && attempt === 0) return forward(req, body, res, 1, refused);
    if (e.code === "ECONNREFUSED" && refused + 1 < upstreams.length) return forward(req, body, res, attempt, refused + 1, first);
    console.error(`proxy: ${req.method} ${req.url} → ${upstream.host}: ${e.code ?? ""} ${e.message}`);
    if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain", "x-bench-proxy-error": e.code ?? "error" });
    res.end(`proxy: ${e.message}`);
  });
  out.end(body);
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => forward(req, Buffer.concat(chunks), res, 0));
});
server.keepAliveTimeout = 65_000;
server.listen(port, "127.0.0.1", () => console.log(`proxy on ${port} → ${upstreams.map(String).join(", ")}`));
