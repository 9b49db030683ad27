/**
 * One chaos target from start to finish: a fresh seeded database (the bench's
 * createBenchDatabase and seedBench), its servers (two behind the bench's
 * round-robin proxy on PostgreSQL, one on SQLite), the rush with the outage in
 * its middle, then the servers stopped, one sweep, and every invariant read
 * from the database.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { createDb } from "../../lib/db/create-client";
import { ApiClient } from "../lib/client";
import { loadConfig } from "../lib/config";
import { createBenchDatabase } from "../lib/database";
import { checkInvariants, type InvariantCheck } from "../lib/invariants";
import { startProxy, type ProxyHandle } from "../lib/proxy";
import { seedBench } from "../lib/seed";
import { startServer, type ServerHandle, type ServerOptions } from "../lib/server";
import { mintCookies } from "../lib/sessions";
import { chaosChecks } from "./checks";
import type { ChaosConfig, ChaosTarget } from "./config";
import { killNine, terminateBackends, type FaultReport } from "./faults";
import { fanJourney, type Outcome, type RushState } from "./fans";
import { Tally, type TallyReport } from "./tally";
import { watchRush } from "./watch";

export interface ChaosTargetReport {
  target: ChaosTarget;
  instances: number;
  fans: number;
  seats: number;
  soldByFans: number;
  soldInDb: number;
  timeToSellOutMs: number | null;
  rushMs: number;
  outcomes: Record<Outcome, number>;
  unexpectedAnswers: Record<string, number>;
  recoveredHolds: number;
  /** Fans who joined the queue again after their turn ran out. */
  rejoins: number;
  /** The hang guard gave up on the rush (no seat sold, no fan done for CHAOS_STALL_SECONDS). */
  stalled: boolean;
  /** Seats not SOLD when the rush ended, by state ("HELD live", "HELD run out", "AVAILABLE"). */
  unsoldAtEnd: Record<string, number>;
  fault: FaultReport | null;
  requests: TallyReport | null;
  sweep: { heldPastDeadlineBefore: number; expiredHolds: number; admitted: number } | null;
  invariants: InvariantCheck[];
  /** Everything that fails the run; empty when the target passed. */
  failures: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The victim's and the survivor's PostgreSQL connections carry these names (pg reads application_name from the URL). */
const appName = (i: number) => `chaos-${i + 1}`;

function instanceUrl(dbUrl: string, provider: "sqlite" | "postgresql", i: number): string {
  if (provider === "sqlite") return dbUrl;
  const url = new URL(dbUrl);
  url.searchParams.set("application_name", appName(i));
  return url.toString();
}

function runSweep(root: string, env: Record<string, string>): { expiredHolds: number; admitted: number } {
  const res = spawnSync(
    process.execPath,
    ["--conditions", "react-server", "--import", "tsx", path.join(root, "bench", "chaos", "sweep-main.ts")],
    {
      cwd: root,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", LOG_LEVEL: "warn", ...env },
    },
  );
  if (res.status !== 0) throw new Error(`sweep failed: ${res.stderr || res.stdout}`);
  return JSON.parse(res.stdout.trim().split("\n").at(-1) ?? "{}") as { expiredHolds: number; admitted: number };
}

export async function runChaosTarget(
  root: string,
  cfg: ChaosConfig,
  target: ChaosTarget,
  log: (l: string) => void,
): Promise<ChaosTargetReport> {
  log(`\n== chaos: ${target} ==`);
  const instances = target === "sqlite" ? 1 : 2;
  const report: ChaosTargetReport = {
    target,
    instances,
    fans: cfg.fans,
    seats: 0,
    soldByFans: 0,
    soldInDb: 0,
    timeToSellOutMs: null,
    rushMs: 0,
    outcomes: { bought: 0, "sold-out": 0, "left-waiting": 0, "timed-out": 0, "waited-out": 0, failed: 0 },
    unsoldAtEnd: {},
    unexpectedAnswers: {},
    recoveredHolds: 0,
    rejoins: 0,
    stalled: false,
    fault: null,
    requests: null,
    sweep: null,
    invariants: [],
    failures: [],
  };
  const database = await createBenchDatabase(root, target === "sqlite" ? "sqlite" : "postgresql-2x", cfg.pgAdminUrl);
  const db = createDb(database.url, 2);
  const servers: ServerHandle[] = [];
  let proxy: ProxyHandle | null = null;
  try {
    const benchCfg = {
      ...loadConfig(),
      rushFans: cfg.fans,
      rushSchedules: cfg.schedules,
      activeLimit: cfg.activeLimit,
      waitingFans: 0,
      bigRushFans: 0,
      pushFans: 0,
      holdContenders: 0,
      spreadSchedules: 0,
      connections: 1,
    };
    const data = await seedBench(db, benchCfg);
    const fans = data.fans.slice(0, cfg.fans);
    const secret = randomBytes(32).toString("base64url");
    const cookies = await mintCookies(fans, secret);
    const seats = data.rushSchedules.reduce((n, s) => n + s.seats.length, 0);
    report.seats = seats;

    const frontPort = instances > 1 ? cfg.portBase + 10 : cfg.portBase + 1;
    const logDir = path.join(root, ".tmp", "chaos", "logs");
    const common = {
      AUTH_SECRET: secret,
      NEXTAUTH_URL: `http://127.0.0.1:${frontPort}`,
      QUEUE_ACTIVE_LIMIT: String(cfg.activeLimit),
      QUEUE_ACTIVE_TTL_SECONDS: "600",
      HOLD_TTL_SECONDS: String(cfg.holdSeconds),
      // The final sweep is the only one, so what it leaves behind is what it did.
      SWEEP_INTERVAL_SECONDS: "0",
      // All fans come from one loopback address, as contract v1 clients.
      SIGNIN_MAX_FAILURES: "1000000",
      SIGNUPS_PER_ADDRESS_PER_HOUR: "1000000",
      QUEUE_JOINS_PER_USER_PER_MINUTE: "1000000",
      QUEUE_POW_DIFFICULTY: "0",
    };
    const options: ServerOptions[] = Array.from({ length: instances }, (_, i) => ({
      root,
      name: `chaos-${target}-${i + 1}`,
      port: (instances > 1 ? cfg.portBase + 11 : cfg.portBase + 1) + i,
      env: { ...common, DATABASE_URL: instanceUrl(database.url, database.provider, i) },
      logDir,
      // Under a load average of 25 a restart took 56 s: only a server that never comes up fails the run.
      liveTimeoutMs: cfg.stallSec * 1000,
    }));
    // Each run's logs start empty; the restarted instance appends to its own.
    for (const o of options) rmSync(path.join(logDir, `${o.name}.log`), { force: true });
    rmSync(path.join(logDir, `proxy-${frontPort}.log`), { force: true });
    servers.push(...(await Promise.all(options.map((o) => startServer(o)))));
    if (instances > 1)
      proxy = await startProxy(
        root,
        frontPort,
        servers.map((s) => s.url),
        logDir,
      );
    const front = proxy?.url ?? servers[0]!.url;
    const client = new ApiClient(front, 128);
    const me = await client.call<{ id?: string }>(null, "GET", "/api/v1/me", { cookie: cookies[0] });
    if (me.status !== 200 || me.json?.id !== fans[0]!.id) throw new Error(`minted session cookie rejected: GET /api/v1/me → ${me.status}`);
    log(`  ${fans.length} fans, ${seats} seats on ${data.rushSchedules.length} dates, ${instances} instance(s) at ${front}`);

    const tally = new Tally();
    const run: RushState = {
      client,
      tally,
      cookies,
      userIds: fans.map((f) => f.id),
      concertId: data.rushConcertId,
      totalSeats: seats,
      sold: 0,
      soldInDb: 0,
      soldOut: false,
      stalled: false,
      lastProgress: performance.now(),
      restarting: false,
      payments: [],
      failures: {},
      recoveredHolds: 0,
      rejoins: 0,
    };
    const started = performance.now();
    let soldOutAt: number | null = null;
    let finished = false;
    const journeys = Promise.all(
      fans.map((_, i) =>
        fanJourney(run, i, 1000).then((o) => {
          run.lastProgress = performance.now();
          if (run.soldOut && soldOutAt === null) soldOutAt = performance.now();
          return o;
        }),
      ),
    ).finally(() => (finished = true));
    const watching = watchRush(
      db,
      run,
      data.rushSchedules.map((s) => s.id),
      cfg.stallSec,
      () => finished,
    );

    // The outage, while the fans keep coming: timed on the database's count, since the fans' answers lag behind the commits.
    const fault = (async (): Promise<FaultReport> => {
      while (!run.soldOut && run.soldInDb < cfg.killAtSoldShare * seats && performance.now() - started < cfg.killAtLatestSec * 1000)
        await sleep(50);
      const victim = 0;
      const at = performance.now();
      const soldBefore = run.soldInDb;
      tally.killWindow = { start: at, end: null };
      log(
        `  ${((at - started) / 1000).toFixed(1)} s, ${soldBefore} sold: terminating ${servers[victim]!.name}'s connections, then kill -9 of its process group`,
      );
      run.restarting = true;
      const pgTarget = database.provider === "postgresql";
      const before = pgTarget ? await terminateBackends(database.url, appName(victim)) : null;
      if (pgTarget) await sleep(cfg.killGapMs);
      await killNine(servers[victim]!);
      const killedAt = performance.now();
      const after = pgTarget ? await terminateBackends(database.url, appName(victim)) : null;
      await servers[victim]!.stop();
      await sleep(cfg.downSec * 1000);
      servers[victim] = await startServer(options[victim]!);
      run.restarting = false;
      const live = performance.now();
      // Requests that began before the restart was live, and a second after, still belong to the outage.
      tally.killWindow.end = live + 1000;
      log(
        `  restarted ${servers[victim]!.name}: down ${((live - killedAt) / 1000).toFixed(1)} s; backends terminated ${before ?? "-"} before, ${after ?? "-"} after`,
      );
      return {
        instance: servers[victim]!.name,
        atMs: Math.round(at - started),
        soldBefore,
        backendsTerminatedBefore: before,
        backendsTerminatedAfter: after,
        downMs: Math.round(live - killedAt),
      };
    })().catch((e: unknown) => {
      // An instance that does not come back cannot end the rush: stop the fans now.
      report.failures.push(`the outage failed: ${e instanceof Error ? e.message : String(e)}`);
      run.stalled = true;
      return null;
    });

    const outcomes = await journeys;
    await watching;
    report.rushMs = Math.round(performance.now() - started);
    report.fault = await fault;
    report.timeToSellOutMs = soldOutAt === null ? null : Math.round(soldOutAt - started);
    for (const o of outcomes) report.outcomes[o]++;
    report.soldByFans = run.sold;
    report.unexpectedAnswers = run.failures;
    report.recoveredHolds = run.recoveredHolds;
    report.rejoins = run.rejoins;
    report.stalled = run.stalled;
    report.requests = tally.report();
    const now = Date.now();
    for (const seat of await db.seat.findMany({
      where: { status: { not: "SOLD" }, scheduleId: { in: data.rushSchedules.map((s) => s.id) } },
      select: { status: true, heldUntil: true },
    })) {
      const state = seat.status === "HELD" ? `HELD ${(seat.heldUntil?.getTime() ?? 0) > now ? "live" : "run out"}` : seat.status;
      report.unsoldAtEnd[state] = (report.unsoldAtEnd[state] ?? 0) + 1;
    }
    await client.close();
    const down = servers.filter((s) => s.child.exitCode !== null || s.child.signalCode !== null).map((s) => s.name);
    if (down.length) report.failures.push(`server exited on its own: ${down.join(", ")} (see .tmp/chaos/logs)`);
    await proxy?.stop();
    proxy = null;
    for (const s of servers.splice(0)) await s.stop();

    // Holds orphaned by the outage run out, then one sweep tidies them.
    const lastDeadline = await db.reservation.aggregate({ where: { status: "HELD" }, _max: { heldUntil: true } });
    const waitMs = (lastDeadline._max.heldUntil?.getTime() ?? 0) - Date.now() + 500;
    if (waitMs > 0) {
      log(`  waiting ${(waitMs / 1000).toFixed(1)} s for the last hold's deadline`);
      await sleep(Math.min(waitMs, (cfg.holdSeconds + 5) * 1000));
    }
    const heldPastDeadlineBefore = await db.reservation.count({ where: { status: "HELD", heldUntil: { lte: new Date() } } });
    const swept = runSweep(root, { DATABASE_URL: database.url, AUTH_SECRET: secret, QUEUE_ACTIVE_LIMIT: String(cfg.activeLimit) });
    report.sweep = { heldPastDeadlineBefore, ...swept };

    report.soldInDb = await db.seat.count({ where: { status: "SOLD", scheduleId: { in: data.rushSchedules.map((s) => s.id) } } });
    const limits = {
      [data.queueConcertId]: cfg.activeLimit,
      [data.holdsConcertId]: cfg.activeLimit,
      [data.rushConcertId]: cfg.activeLimit,
    };
    report.invariants = [...(await checkInvariants(db, limits)), ...(await chaosChecks(db, run.payments))];
    judge(report);
  } catch (e) {
    report.failures.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
  } finally {
    await proxy?.stop();
    for (const s of servers) await s.stop();
    await db.$disconnect();
    await database.drop();
  }
  return report;
}

/** Fills `failures`: broken invariants, any 5xx but a 503 with Retry-After, fans who met an answer they should not have. */
function judge(r: ChaosTargetReport): void {
  for (const i of r.invariants) if (!i.ok) r.failures.push(`invariant broken: ${i.name} (${i.detail})`);
  const req = r.requests;
  if (req) {
    for (const [when, counts] of Object.entries(req.status5xx))
      for (const [status, n] of Object.entries(counts)) if (status !== "503") r.failures.push(`${n} × ${status} (${when})`);
    if (req.status503WithoutRetryAfter) r.failures.push(`${req.status503WithoutRetryAfter} × 503 without Retry-After`);
  }
  for (const [what, n] of Object.entries(r.unexpectedAnswers)) r.failures.push(`${n} fan(s) stopped on ${what}`);
  if (r.stalled) r.failures.push("the rush stalled: no seat sold and no fan done for CHAOS_STALL_SECONDS (a hang, see .tmp/chaos/logs)");
  if (r.soldInDb !== r.seats)
    r.failures.push(`not sold out: ${r.soldInDb}/${r.seats} SOLD (unsold at the rush's end: ${JSON.stringify(r.unsoldAtEnd)})`);
  if (r.fault?.backendsTerminatedBefore === 0)
    r.failures.push("no PostgreSQL backend of the victim was found to terminate (application_name not applied?)");
}
