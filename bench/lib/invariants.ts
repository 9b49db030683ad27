/**
 * What must hold in the database after every scenario, checked with SQL
 * through Prisma on the bench database. Any violation fails the run.
 */
import type { Db } from "../../lib/db/create-client";

export interface InvariantCheck {
  name: string;
  ok: boolean;
  detail: string;
}

const n = (v: unknown) => Number(v ?? 0);

async function scalar(db: Db, sql: string): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ v: unknown }[]>(sql);
  return n(rows[0]?.v);
}

/**
 * @param limits QUEUE_ACTIVE_LIMIT that was in force for each concert's tokens.
 */
export async function checkInvariants(db: Db, limits: Record<string, number>): Promise<InvariantCheck[]> {
  const checks: InvariantCheck[] = [];
  const add = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });

  const doubleSold = await scalar(
    db,
    `SELECT COUNT(*) AS v FROM (SELECT "seatId" FROM "Reservation" WHERE "status" = 'CONFIRMED' GROUP BY "seatId" HAVING COUNT(*) > 1) t`,
  );
  add("no seat sold twice", doubleSold === 0, `${doubleSold} seats with more than one CONFIRMED reservation`);

  const now = new Date();
  const doubleHeld = await db.reservation.groupBy({
    by: ["seatId"],
    where: { status: "HELD", heldUntil: { gt: now } },
    _count: { _all: true },
    having: { seatId: { _count: { gt: 1 } } },
  });
  add("no seat held twice", doubleHeld.length === 0, `${doubleHeld.length} seats with more than one live hold`);

  const sold = await scalar(db, `SELECT COUNT(*) AS v FROM "Seat" WHERE "status" = 'SOLD'`);
  const confirmed = await scalar(db, `SELECT COUNT(*) AS v FROM "Reservation" WHERE "status" = 'CONFIRMED'`);
  const payments = await scalar(db, `SELECT COUNT(*) AS v FROM "Payment" WHERE "refundedAt" IS NULL`);
  add(
    "sold = confirmed = payments",
    sold === confirmed && confirmed === payments,
    `sold ${sold}, confirmed ${confirmed}, payments ${payments}`,
  );

  const orphanSold = await scalar(
    db,
    `SELECT COUNT(*) AS v FROM "Seat" s WHERE s."status" = 'SOLD' AND NOT EXISTS (
       SELECT 1 FROM "Reservation" r JOIN "Payment" p ON p."reservationId" = r."id"
       WHERE r."seatId" = s."id" AND r."status" = 'CONFIRMED' AND r."userId" = p."userId")`,
  );
  add("every sold seat has its paid reservation", orphanSold === 0, `${orphanSold} SOLD seats without a CONFIRMED, paid reservation`);

  const badBalances = await scalar(
    db,
    `SELECT COUNT(*) AS v FROM "User" u
     LEFT JOIN (SELECT "userId", SUM("amount") AS s FROM "WalletTransaction" GROUP BY "userId") w ON w."userId" = u."id"
     WHERE u."balance" <> COALESCE(w.s, 0) OR u."balance" < 0`,
  );
  add("balances = ledger sums", badBalances === 0, `${badBalances} users whose balance differs from their ledger sum`);

  const paid = await scalar(db, `SELECT COALESCE(SUM("amount"), 0) AS v FROM "Payment"`);
  const debited = await scalar(db, `SELECT COALESCE(-SUM("amount"), 0) AS v FROM "WalletTransaction" WHERE "type" = 'PAYMENT'`);
  const paymentRows = await scalar(db, `SELECT COUNT(*) AS v FROM "WalletTransaction" WHERE "type" = 'PAYMENT'`);
  const allPayments = await scalar(db, `SELECT COUNT(*) AS v FROM "Payment"`);
  add(
    "payments = PAYMENT ledger rows",
    paid === debited && paymentRows === allPayments,
    `payments ${allPayments} (${paid} KRW), PAYMENT rows ${paymentRows} (${debited} KRW)`,
  );

  const active = await db.queueToken.groupBy({
    by: ["concertId"],
    where: { status: "ACTIVE", OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    _count: { _all: true },
  });
  const over = active.filter((a) => a._count._all > (limits[a.concertId] ?? Infinity));
  add(
    "active tokens <= limit",
    over.length === 0,
    active.map((a) => `${a._count._all}/${limits[a.concertId] ?? "?"}`).join(", ") || "no active tokens",
  );

  const twoPlaces = await db.queueToken.groupBy({
    by: ["userId", "concertId"],
    where: { status: { in: ["WAITING", "ACTIVE"] } },
    _count: { _all: true },
    having: { userId: { _count: { gt: 1 } } },
  });
  add("one live token per fan and concert", twoPlaces.length === 0, `${twoPlaces.length} fans with two live tokens for one concert`);

  // FIFO: nobody was admitted while an earlier token still waits.
  const fifo = await scalar(
    db,
    `SELECT COUNT(*) AS v FROM "QueueToken" a WHERE a."activatedAt" IS NOT NULL AND EXISTS (
       SELECT 1 FROM "QueueToken" w
       WHERE w."concertId" = a."concertId" AND w."status" = 'WAITING' AND w."leftWaiting" = false AND w."seq" < a."seq")`,
  );
  add("admission in issue order", fifo === 0, `${fifo} tokens admitted ahead of an earlier waiting token`);
  return checks;
}
