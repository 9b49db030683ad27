/**
 * Small data builders for integration tests. They write straight through a
 * Prisma client (the file's own database), so a test states only what matters.
 */
import { randomBytes } from "node:crypto";
import type { Db } from "../../lib/db/create-client";
import { hashPassword } from "../../lib/auth/password";
import { venueSeats } from "../../lib/catalogue/seat-layout";

export const TEST_PASSWORD = "test-password-1";

const unique = () => randomBytes(4).toString("hex");

/**
 * A user with an optional starting balance. The balance is written together
 * with a CHARGE ledger row, so balance == sum(ledger) holds from the start.
 */
export async function makeUser(
  db: Db,
  opts: { email?: string; name?: string; password?: string; role?: "USER" | "ADMIN"; balance?: number } = {},
): Promise<{ id: string; email: string; password: string }> {
  const password = opts.password ?? TEST_PASSWORD;
  const user = await db.user.create({
    data: {
      email: opts.email ?? `fan-${unique()}@test.local`,
      name: opts.name ?? "Test Fan",
      role: opts.role ?? "USER",
      passwordHash: await hashPassword(password),
      balance: opts.balance ?? 0,
    },
    select: { id: true, email: true },
  });
  if (opts.balance) {
    await db.walletTransaction.create({ data: { userId: user.id, type: "CHARGE", amount: opts.balance, balanceAfter: opts.balance } });
  }
  return { ...user, password };
}

/**
 * A schedule `daysAhead` days from now (negative: in the past) with the
 * standard 50-seat layout (or its first `seats` seats), on a new concert
 * unless `concertId` is given; `salesOpenAt` schedules its sale (default: on sale at once).
 */
export async function makeSchedule(
  db: Db,
  opts: { concertId?: string; title?: string; daysAhead?: number; seats?: number; salesOpenAt?: Date; timeZone?: string } = {},
): Promise<{ concertId: string; scheduleId: string; seatIds: string[] }> {
  const concert = opts.concertId
    ? { id: opts.concertId }
    : await db.concert.create({
        data: {
          title: opts.title ?? `Concert ${unique()}`,
          artist: "Test Artist",
          venue: "Test Hall",
          salesOpenAt: opts.salesOpenAt,
          timeZone: opts.timeZone,
        },
        select: { id: true },
      });
  if (!opts.concertId) await db.queueState.create({ data: { concertId: concert.id } });
  const startsAt = new Date(Date.now() + (opts.daysAhead ?? 7) * 86_400_000);
  const schedule = await db.schedule.create({ data: { concertId: concert.id, startsAt }, select: { id: true } });
  const specs = venueSeats().slice(0, opts.seats ?? 50);
  await db.seat.createMany({ data: specs.map((s) => ({ ...s, scheduleId: schedule.id })) });
  const seats = await db.seat.findMany({ where: { scheduleId: schedule.id }, orderBy: { number: "asc" }, select: { id: true } });
  return { concertId: concert.id, scheduleId: schedule.id, seatIds: seats.map((s) => s.id) };
}

/** The wallet invariant: the stored balance and the sum of the user's ledger rows. */
export async function walletState(db: Db, userId: string): Promise<{ balance: number; ledgerSum: number; rows: number }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } });
  const agg = await db.walletTransaction.aggregate({ where: { userId }, _sum: { amount: true }, _count: true });
  return { balance: user.balance, ledgerSum: agg._sum.amount ?? 0, rows: agg._count };
}
