/**
 * What the chaos run checks in the database beyond the bench's invariants
 * (bench/lib/invariants.ts): no seat with two live reservations of any kind,
 * no HELD reservation past its deadline once the sweep has run, and every
 * payment a fan saw answered 201 is a CONFIRMED reservation of that fan.
 */
import type { Db } from "../../lib/db/create-client";
import type { InvariantCheck } from "../lib/invariants";
import type { SeenPayment } from "./fans";

export async function chaosChecks(db: Db, seen: SeenPayment[]): Promise<InvariantCheck[]> {
  const now = new Date();
  const checks: InvariantCheck[] = [];
  const add = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });

  const live = await db.reservation.groupBy({
    by: ["seatId"],
    where: { OR: [{ status: "CONFIRMED" }, { status: "HELD", heldUntil: { gt: now } }] },
    _count: { _all: true },
    having: { seatId: { _count: { gt: 1 } } },
  });
  add("no seat with two live reservations", live.length === 0, `${live.length} seats with more than one CONFIRMED or live HELD`);

  const stale = await db.reservation.count({ where: { status: "HELD", heldUntil: { lte: now } } });
  add("no HELD past its deadline after the sweep", stale === 0, `${stale} HELD reservations past their deadline`);

  const payments = await db.payment.findMany({
    where: { id: { in: seen.map((p) => p.paymentId) } },
    select: { id: true, userId: true, refundedAt: true },
  });
  const byId = new Map(payments.map((p) => [p.id, p]));
  const reservations = await db.reservation.findMany({
    where: { id: { in: seen.map((p) => p.reservationId) } },
    select: { id: true, userId: true, status: true },
  });
  const resById = new Map(reservations.map((r) => [r.id, r]));
  const bad = seen.filter((p) => {
    const pay = byId.get(p.paymentId);
    const res = resById.get(p.reservationId);
    return !pay || pay.userId !== p.userId || pay.refundedAt !== null || !res || res.userId !== p.userId || res.status !== "CONFIRMED";
  });
  const distinct = new Set(seen.map((p) => p.reservationId)).size;
  add(
    "every 201 payment a fan saw is a CONFIRMED reservation of that fan",
    bad.length === 0 && distinct === seen.length,
    `${seen.length} payments seen, ${bad.length} not found as the payer's CONFIRMED reservation, ${seen.length - distinct} seen twice`,
  );
  return checks;
}
