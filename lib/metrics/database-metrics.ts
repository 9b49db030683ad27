/**
 * Gauges read from the database at each scrape, so they are the same on every
 * instance and survive restarts: per concert the queue (waiting, active,
 * admissions so far, admissions whose claim window lapsed unclaimed) and live
 * holds; sold seats and payments; and this instance's connection pool.
 */
import { Gauge } from "prom-client";
import { getDb, getPoolStats } from "../db";
import { metric, registry } from "./registry";

function gauge(name: string, help: string, labelNames: string[] = []): Gauge {
  return metric(name, () => new Gauge({ name, help, labelNames, registers: [registry] }));
}

const waiting = gauge("stagepass_queue_waiting", "WAITING tokens per concert.", ["concert"]);
const active = gauge("stagepass_queue_active", "Live ACTIVE tokens per concert.", ["concert"]);
const admissions = gauge("stagepass_queue_admissions", "Tokens ever admitted (ACTIVE at some point) per concert.", ["concert"]);
const lapsed = gauge("stagepass_queue_lapsed_claims", "Admissions never claimed whose claim window has passed, per concert.", ["concert"]);
const holds = gauge("stagepass_holds_active", "HELD reservations whose hold has not run out, per concert.", ["concert"]);
const reservations = gauge("stagepass_reservations", "Reservations by status (all concerts).", ["status"]);
const payments = gauge("stagepass_payments", "Payments made, and of them refunded.", ["state"]);
const paid = gauge("stagepass_payments_amount_won", "Sum of payments not refunded, in KRW.");
const pool = gauge("stagepass_db_pool_connections", "This instance's database connections by state.", ["state"]);
const poolWaiting = gauge("stagepass_db_pool_waiting", "Queries of this instance waiting for a connection (SQLite: for the write lock).");

const count = (rows: { concertId: string; _count: number }[], into: Gauge) => {
  into.reset();
  for (const r of rows) into.set({ concert: r.concertId }, r._count);
};

export async function refreshDatabaseMetrics(): Promise<void> {
  const db = getDb();
  const now = new Date();
  const [w, a, adm, lap, h, res, pay, refunded, sum] = await Promise.all([
    db.queueToken.groupBy({ by: ["concertId"], where: { status: "WAITING" }, _count: true }),
    db.queueToken.groupBy({ by: ["concertId"], where: { status: "ACTIVE", expiresAt: { gt: now } }, _count: true }),
    db.queueToken.groupBy({ by: ["concertId"], where: { activatedAt: { not: null } }, _count: true }),
    db.queueToken.groupBy({
      by: ["concertId"],
      where: { activatedAt: { not: null }, claimedAt: null, OR: [{ status: "EXPIRED" }, { expiresAt: { lte: now } }] },
      _count: true,
    }),
    db.reservation.groupBy({ by: ["scheduleId"], where: { status: "HELD", heldUntil: { gt: now } }, _count: true }),
    db.reservation.groupBy({ by: ["status"], _count: true }),
    db.payment.count(),
    db.payment.count({ where: { refundedAt: { not: null } } }),
    db.payment.aggregate({ where: { refundedAt: null }, _sum: { amount: true } }),
  ]);
  count(w, waiting);
  count(a, active);
  count(adm, admissions);
  count(lap, lapsed);
  const schedules = await db.schedule.findMany({
    where: { id: { in: h.map((r) => r.scheduleId) } },
    select: { id: true, concertId: true },
  });
  const concertOf = new Map(schedules.map((s) => [s.id, s.concertId]));
  const perConcert = new Map<string, number>();
  for (const r of h) {
    const concert = concertOf.get(r.scheduleId) ?? "unknown";
    perConcert.set(concert, (perConcert.get(concert) ?? 0) + r._count);
  }
  holds.reset();
  for (const [concert, n] of perConcert) holds.set({ concert }, n);
  reservations.reset();
  for (const r of res) reservations.set({ status: r.status }, r._count);
  payments.set({ state: "made" }, pay);
  payments.set({ state: "refunded" }, refunded);
  paid.set(sum._sum.amount ?? 0);
  const stats = getPoolStats();
  pool.set({ state: "total" }, stats.total);
  pool.set({ state: "idle" }, stats.idle);
  pool.set({ state: "in_use" }, stats.total - stats.idle);
  poolWaiting.set(stats.waiting);
}
