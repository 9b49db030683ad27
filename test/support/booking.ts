/**
 * Helpers for booking tests over HTTP: many signed-in fans made fast, and the
 * database invariants every concurrency test ends with.
 */
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { expect } from "vitest";
import type { Db } from "../../lib/db/create-client";
import { hashPassword } from "../../lib/auth/password";
import { ApiClient } from "./client";

let sharedHash: Promise<string> | undefined;

/**
 * A fan with a real session cookie, made without the sign-in form: the user
 * row is written directly (one bcrypt hash shared by all such fans) and the
 * session JWT is minted with the servers' AUTH_SECRET, exactly as next-auth
 * would after a Credentials sign-in. Use it where a test needs hundreds of fans.
 */
export async function makeFan(
  db: Db,
  baseUrl: string,
  opts: { balance?: number } = {},
): Promise<{ id: string; email: string; client: ApiClient }> {
  sharedHash ??= hashPassword("fan-password-1");
  const email = `fan-${randomBytes(5).toString("hex")}@test.local`;
  const balance = opts.balance ?? 0;
  const user = await db.user.create({ data: { email, name: "Fan", passwordHash: await sharedHash, balance }, select: { id: true } });
  if (balance) await db.walletTransaction.create({ data: { userId: user.id, type: "CHARGE", amount: balance, balanceAfter: balance } });
  const jwt = await encode({ token: { id: user.id, role: "USER", sub: user.id, email, name: "Fan" }, secret: process.env.AUTH_SECRET! });
  const client = new ApiClient(baseUrl);
  client.cookies.set("next-auth.session-token", jwt);
  return { id: user.id, email, client };
}

/** Takes a token for the concert; returns its value. */
export async function joinQueue(client: ApiClient, concertId: string): Promise<string> {
  const res = await client.post("/api/v1/queue/tokens", { concertId });
  if (res.status !== 201 && res.status !== 200) throw new Error(`token request failed: ${res.status} ${res.text}`);
  return res.json.token as string;
}

/**
 * The invariants of a correct sale, checked from the database: no seat with
 * two live reservations; sold seats = confirmed reservations = paid seats,
 * each payment's amount the sum of its seats; every balance equals its ledger sum and is never negative; no
 * concert has more ACTIVE (unexpired) tokens than the limit.
 */
export async function expectInvariants(db: Db, opts: { activeLimit?: number } = {}): Promise<void> {
  const now = new Date();
  const live = await db.reservation.groupBy({ by: ["seatId"], where: { status: { in: ["HELD", "CONFIRMED"] } }, _count: true });
  expect(live.filter((g) => g._count > 1)).toEqual([]);
  const sold = await db.seat.count({ where: { status: "SOLD" } });
  const confirmed = await db.reservation.count({ where: { status: "CONFIRMED" } });
  // Every confirmed seat was paid in exactly one payment, whose amount is the sum of its seats' prices.
  const paid = await db.reservation.count({ where: { status: "CONFIRMED", paymentId: { not: null } } });
  expect({ sold, confirmed, paid }).toEqual({ sold, confirmed: sold, paid: sold });
  const payments = await db.payment.findMany({ select: { amount: true, seats: { select: { price: true } } } });
  expect(payments.filter((p) => p.seats.length === 0 || p.amount !== p.seats.reduce((s, r) => s + r.price, 0))).toEqual([]);
  const users = await db.user.findMany({ select: { id: true, balance: true } });
  const sums = await db.walletTransaction.groupBy({ by: ["userId"], _sum: { amount: true } });
  const sumOf = new Map(sums.map((s) => [s.userId, s._sum.amount ?? 0]));
  const broken = users.filter((u) => u.balance < 0 || u.balance !== (sumOf.get(u.id) ?? 0));
  expect(broken).toEqual([]);
  if (opts.activeLimit !== undefined) {
    const active = await db.queueToken.groupBy({ by: ["concertId"], where: { status: "ACTIVE", expiresAt: { gt: now } }, _count: true });
    expect(active.filter((g) => g._count > opts.activeLimit!)).toEqual([]);
  }
}
