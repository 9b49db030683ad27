/**
 * One target from start to finish: a fresh database, seeded; servers started
 * for each phase (with the round-robin proxy when there are two); every
 * scenario followed by the invariant check; servers stopped and RSS kept;
 * the database dropped.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createDb } from "../../lib/db/create-client";
import { scenarioGoals } from "../report/goals";
import { startCpuWatch } from "./cpu";
import type { ScenarioReport, ServerReport, TargetReport } from "../report/types";
import type { Phase, Scenario, TargetContext } from "../scenarios/types";
import { ApiClient } from "./client";
import type { BenchConfig, TargetName } from "./config";
import { createBenchDatabase } from "./database";
import { checkInvariants } from "./invariants";
import { startNginx } from "./nginx";
import { startProxy, type ProxyHandle } from "./proxy";
import { builtRoutes, missingRoutes, verifySession } from "./probe";
import { seedBench } from "./seed";
import { startServer, type ServerHandle } from "./server";
import { mintCookies } from "./sessions";

const PORT_OFFSET: Record<TargetName, number> = { sqlite: 10, postgresql: 20, "postgresql-2x": 30, "postgresql-nginx": 40 };

interface Running {
  url: string;
  servers: ServerHandle[];
  proxy: ProxyHandle | null;
}

async function startPhase(
  root: string,
  cfg: BenchConfig,
  target: TargetName,
  dbUrl: string,
  secret: string,
  phase: Phase,
): Promise<Running> {
  const base = cfg.portBase + PORT_OFFSET[target];
  const instances = target === "postgresql-2x" ? 2 : 1;
  const logDir = path.join(root, ".tmp", "bench", "logs");
  // A proxy (the node round-robin one for two instances, nginx for the CDN
  // stand-in) listens on `base`; the servers on the ports after it.
  const proxied = instances > 1 || target === "postgresql-nginx";
  const frontPort = proxied ? base : base + 1;
  const env = {
    DATABASE_URL: dbUrl,
    AUTH_SECRET: secret,
    NEXTAUTH_URL: `http://127.0.0.1:${frontPort}`,
    QUEUE_ACTIVE_LIMIT: String(phase === "rush" ? cfg.rushActiveLimit : cfg.activeLimit),
    QUEUE_ACTIVE_TTL_SECONDS: "600",
    HOLD_TTL_SECONDS: "300",
    MAX_HOLDS_PER_USER: "4",
    // hold-spread walks one fan over many dates of one concert.
    MAX_TICKETS_PER_USER_PER_CONCERT: "1000",

    // Thousands of fans sign up, sign in and join from one loopback address.
    SIGNIN_MAX_FAILURES: "1000000",
    SIGNUPS_PER_ADDRESS_PER_HOUR: "1000000",
    QUEUE_JOINS_PER_USER_PER_MINUTE: "1000000",
    // The bench's fans join as contract v1 clients.
    QUEUE_POW_DIFFICULTY: "0",
  };
  const servers = await Promise.all(
    Array.from({ length: instances }, (_, i) =>
      startServer({
        root,
        name: `${target}-${phase}-${i + 1}`,
        port: base + 1 + i,
        env,
        logDir,
        cpuProfDir: cfg.cpuProf ? path.join(root, ".tmp", "bench", "prof", `${target}-${phase}-${i + 1}`) : undefined,
      }),
    ),
  );
  const proxy =
    target === "postgresql-nginx"
      ? await startNginx(root, base, servers[0]!.url, logDir)
      : instances > 1
        ? await startProxy(
            root,
            base,
            servers.map((s) => s.url),
            logDir,
          )
        : null;
  return { url: proxy?.url ?? servers[0]!.url, servers, proxy };
}

async function stopPhase(running: Running, phase: Phase, into: ServerReport[]): Promise<void> {
  const proxyPeak = await running.proxy?.stop();
  if (running.proxy && proxyPeak !== undefined)
    into.push({ name: "proxy", phase, port: 0, process: "proxy", peakRssMb: proxyPeak ? Math.round(proxyPeak.peakMb) : null });
  for (const s of running.servers) {
    const peak = await s.stop();
    into.push({ name: s.name, phase, port: s.port, process: peak?.name ?? "?", peakRssMb: peak ? Math.round(peak.peakMb) : null });
  }
}

async function runScenario(ctx: TargetContext, s: Scenario, limits: Record<string, number>): Promise<ScenarioReport> {
  const report: ScenarioReport = {
    id: s.id,
    title: s.title,
    kind: s.kind,
    phase: s.phase,
    ratioToFloor: null,
    assertions: [],
    invariants: [],
    goals: [],
  };
  ctx.log(`  ${s.id} …`);
  try {
    const cpu = startCpuWatch(ctx.serverPids());
    const result = await s.run(ctx);
    report.cpu = cpu();
    Object.assign(report, { summary: result.summary, steps: result.steps, extra: result.extra, assertions: result.assertions ?? [] });
  } catch (e) {
    report.error = e instanceof Error ? e.message : String(e);
  }
  const down = ctx.serversDown();
  if (down.length)
    report.error = `${report.error ? `${report.error}; ` : ""}server exited during the scenario: ${down.join(", ")} (see .tmp/bench/logs)`;
  report.invariants = await checkInvariants(ctx.db, limits);
  const sum = report.summary;
  const broken = report.invariants.filter((i) => !i.ok).map((i) => i.name);
  ctx.log(
    `  ${s.id}: ${sum ? `${sum.rps} req/s, p99 ${sum.latency.p99} ms, non-2xx ${sum.non2xx}, 5xx ${sum.status5xx}` : "no result"}` +
      `${report.error ? `, ERROR ${report.error}` : ""}${broken.length ? `, INVARIANTS BROKEN: ${broken.join("; ")}` : ""}`,
  );
  return report;
}

/** Ratios against the mean of the floors measured before and after the main phase. */
function applyFloor(report: TargetReport, connections: number): void {
  const floors = report.scenarios.filter((s) => s.id.startsWith("floor") && s.summary).map((s) => s.summary!.rps);
  report.floorRps = floors.length ? Math.round(floors.reduce((a, b) => a + b, 0) / floors.length) : null;
  for (const s of report.scenarios) {
    if (report.floorRps && s.summary && s.kind !== "flow") s.ratioToFloor = Math.round((s.summary.rps / report.floorRps) * 1000) / 1000;
    s.goals = scenarioGoals(s, report.provider, connections);
  }
}

export async function runTarget(
  root: string,
  cfg: BenchConfig,
  target: TargetName,
  scenarios: Scenario[],
  log: (l: string) => void,
): Promise<TargetReport> {
  log(`\n== ${target} ==`);
  const database = await createBenchDatabase(root, target, cfg.pgAdminUrl);
  const db = createDb(database.url, 4);
  const report: TargetReport = {
    target,
    provider: database.provider,
    instances: target === "postgresql-2x" ? 2 : 1,
    seedMs: 0,
    fans: 0,
    floorRps: null,
    servers: [],
    scenarios: [],
  };
  let running: Running | null = null;
  let phase: Phase = "main";
  try {
    const seedStarted = Date.now();
    const data = await seedBench(db, cfg);
    const secret = randomBytes(32).toString("base64url");
    const cookies = await mintCookies(data.fans, secret);
    report.seedMs = Date.now() - seedStarted;
    report.fans = data.fans.length;
    log(`  seeded ${data.fans.length} fans and minted their cookies in ${(report.seedMs / 1000).toFixed(1)} s`);
    const limits = {
      [data.queueConcertId]: cfg.activeLimit,
      [data.holdsConcertId]: cfg.activeLimit,
      [data.rushConcertId]: cfg.rushActiveLimit,
      [data.bigRushConcertId]: cfg.rushActiveLimit,
    };
    const ctx: TargetContext = {
      target,
      url: "",
      db,
      cfg,
      data,
      cookies,
      client: null as unknown as ApiClient,
      state: { queueTokens: null, waitingFans: [], holdTokens: null },
      log,
      serversDown: () => [],
      serverPids: () => [],
    };
    const routes = builtRoutes(root);
    for (const p of ["main", "rush"] as const) {
      const list: Scenario[] = [];
      for (const s of scenarios.filter((sc) => sc.phase === p)) {
        const missing = missingRoutes(routes, s.needs);
        if (missing.length === 0) list.push(s);
        else {
          const skipped = `not in this build: ${[...new Set(missing)].join(", ")}`;
          report.scenarios.push({
            id: s.id,
            title: s.title,
            kind: s.kind,
            phase: s.phase,
            skipped,
            ratioToFloor: null,
            assertions: [],
            invariants: [],
            goals: [],
          });
          log(`  ${s.id}: SKIPPED (${skipped})`);
        }
      }
      if (list.length === 0) continue;
      phase = p;
      running = await startPhase(root, cfg, target, database.url, secret, p);
      ctx.url = running.url;
      const servers = running.servers;
      ctx.serversDown = () =>
        servers
          .filter((sv) => sv.child.exitCode !== null || sv.child.signalCode !== null)
          .map((sv) => `${sv.name} (${sv.child.exitCode ?? sv.child.signalCode})`);
      ctx.serverPids = () => servers.flatMap((sv) => (sv.child.pid === undefined ? [] : [sv.child.pid]));
      ctx.client = new ApiClient(running.url, cfg.connections);
      await verifySession(ctx);
      for (const s of list) {
        report.scenarios.push(await runScenario(ctx, s, limits));
      }
      await ctx.client.close();
      await stopPhase(running, p, report.servers);
      running = null;
    }
    const order = scenarios.map((s) => s.id);
    report.scenarios.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    applyFloor(report, cfg.connections);
  } catch (e) {
    report.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    log(`  ${target} FAILED: ${report.error}`);
  } finally {
    if (running) await stopPhase(running, phase, report.servers);
    await db.$disconnect();
    await database.drop();
  }
  return report;
}
