/**
 * Demo sales for trying the staff console locally (`tsx scripts/admin-demo-data.ts`
 * after `npm run db:prepare`): a dozen fans who bought seats over the last
 * week, a few live holds and a busy waiting room. Every won moves through
 * ledger rows, so balances still equal their ledger sums. Not for production.
 */
import { randomBytes } from "node:crypto";
import { env } from "../lib/env";
import { createDb } from "../lib/db/create-client";
import { hashPassword } from "../lib/auth/password";
import { newBookingNumber } from "../lib/payments/booking-number";

const db = createDb(env.DATABASE_URL);
const DAY = 86_400_000;
const now = Date.now();

try {
  if (await db.user.findFirst({ where: { email: "demo-fan-1@stagepass.local" } })) {
    console.log("admin demo data already present");
  } else {
    const passwordHash = await hashPassword("stagepass-fan");
    const schedules = await db.schedule.findMany({ orderBy: { startsAt: "asc" }, select: { id: true, concertId: true } });
    let n = 0;
    for (let i = 1; i <= 12; i++) {
      const start = 1_000_000;
      const user = await db.user.create({
        data: { email: `demo-fan-${i}@stagepass.local`, name: `Demo Fan ${i}`, passwordHash, balance: start },
        select: { id: true },
      });
      let balance = start;
      await db.walletTransaction.create({
        data: { userId: user.id, type: "CHARGE", amount: start, balanceAfter: balance, createdAt: new Date(now - 8 * DAY) },
      });
      for (let k = 0; k < 3; k++) {
        const schedule = schedules[(i + k * 3) % schedules.length]!;
        const seat = await db.seat.findFirst({
          where: { scheduleId: schedule.id, status: "AVAILABLE" },
          orderBy: { number: "asc" },
          skip: (i * 7 + k) % 20,
        });
        if (!seat) continue;
        const at = new Date(now - ((n++ * 13) % 7) * DAY - i * 3_600_000);
        const held = i % 5 === 0 && k === 0;
        if (held) {
          const heldUntil = new Date(now + 4 * 60_000);
          await db.seat.update({ where: { id: seat.id }, data: { status: "HELD", holderId: user.id, heldUntil } });
          await db.reservation.create({
            data: {
              userId: user.id,
              seatId: seat.id,
              scheduleId: schedule.id,
              price: seat.price,
              heldUntil,
              createdAt: new Date(now - 60_000),
            },
          });
          continue;
        }
        balance -= seat.price;
        await db.seat.update({ where: { id: seat.id }, data: { status: "SOLD", holderId: user.id } });
        const r = await db.reservation.create({
          data: {
            userId: user.id,
            seatId: seat.id,
            scheduleId: schedule.id,
            price: seat.price,
            status: "CONFIRMED",
            heldUntil: at,
            confirmedAt: at,
            createdAt: at,
          },
          select: { id: true },
        });
        const bookingNumber = newBookingNumber();
        await db.payment.create({
          data: { userId: user.id, reservationId: r.id, bookingNumber, amount: seat.price, paidAt: at, seats: { connect: { id: r.id } } },
        });
        await db.walletTransaction.create({
          data: { userId: user.id, type: "PAYMENT", amount: -seat.price, balanceAfter: balance, reservationId: r.id, createdAt: at },
        });
      }
      await db.user.update({ where: { id: user.id }, data: { balance } });
    }
    // A busy waiting room for the first concert: 3 admitted, 9 waiting.
    const concertId = schedules[0]!.concertId;
    const fans = await db.user.findMany({ where: { email: { startsWith: "demo-fan-" } }, select: { id: true } });
    for (const [i, fan] of fans.entries()) {
      const active = i < 3;
      await db.queueToken.create({
        data: {
          token: randomBytes(24).toString("base64url"),
          userId: fan.id,
          concertId,
          seq: i + 1,
          status: active ? "ACTIVE" : "WAITING",
          createdAt: new Date(now - (20 - i) * 60_000),
          activatedAt: active ? new Date(now - (3 - i) * 60_000) : null,
          expiresAt: active ? new Date(now + 8 * 60_000) : null,
        },
      });
    }
    await db.queueState.update({ where: { concertId }, data: { lastSeq: fans.length, admittedSeq: 3 } });
    console.log("admin demo data: 12 fans, sales over the last week, holds, a waiting room");
  }
} finally {
  await db.$disconnect();
}
