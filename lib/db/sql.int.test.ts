import { describe, expect, it } from "vitest";
import { getDb, getSql } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { newId } from "@/lib/db/ids";
import { makeSchedule, makeUser } from "@/test/support/fixtures";

// The fast path must read and write exactly what Prisma does, on both databases.
describe("fast-path SQL (real database)", () => {
  it("writes dates, enums and booleans that Prisma reads back unchanged, and reads Prisma's the same way", async () => {
    const db = getDb();
    const sql = getSql();
    const user = await makeUser(db);
    const { seatIds, scheduleId } = await makeSchedule(db);
    const heldUntil = new Date("2031-05-06T07:08:09.123Z");
    const id = newId();
    await sql.run(
      `INSERT INTO "Reservation" ("id", "userId", "seatId", "scheduleId", "status", "price", "heldUntil", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, 'HELD', $5, $6, $7, $7)`,
      [id, user.id, seatIds[0]!, scheduleId, 12_345, heldUntil, new Date("2031-05-06T07:03:09.000Z")],
    );
    const viaPrisma = await db.reservation.findUniqueOrThrow({ where: { id } });
    expect(viaPrisma).toMatchObject({ status: "HELD", price: 12_345, heldUntil, createdAt: new Date("2031-05-06T07:03:09.000Z") });

    const [row] = await sql.rows<{ heldUntil: Date; status: string }>(
      `SELECT "heldUntil", "status" FROM "Reservation" WHERE "id" = $1 AND "heldUntil" > $2`,
      [id, new Date("2031-05-06T07:08:09.122Z")],
    );
    expect(row).toEqual({ heldUntil, status: "HELD" });
    expect(await sql.rows(`SELECT "id" FROM "Reservation" WHERE "id" = $1 AND "heldUntil" > $2`, [id, heldUntil])).toEqual([]);

    const token = await db.queueToken.create({
      data: {
        token: `t-${id}`,
        userId: user.id,
        concertId: (await db.schedule.findUniqueOrThrow({ where: { id: scheduleId } })).concertId,
        seq: 1,
        leftWaiting: true,
      },
    });
    const [flags] = await sql.rows<{ leftWaiting: boolean; expiresAt: Date | null }>(
      `SELECT "leftWaiting", "expiresAt" FROM "QueueToken" WHERE "id" = $1`,
      [token.id],
    );
    expect(flags).toEqual({ leftWaiting: true, expiresAt: null });
  });

  it("a transaction that throws leaves nothing behind; one that returns commits", async () => {
    const db = getDb();
    const sql = getSql();
    const user = await makeUser(db, { balance: 1_000 });
    await expect(
      sql.transaction(async (tx) => {
        await tx.run(`UPDATE "User" SET "balance" = "balance" + 500 WHERE "id" = $1`, [user.id]);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).balance).toBe(1_000);
    const changed = await sql.transaction((tx) => tx.run(`UPDATE "User" SET "balance" = "balance" + 500 WHERE "id" = $1`, [user.id]));
    expect(changed).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).balance).toBe(1_500);
  });

  it("a unique index refusing a write is recognised as such", async () => {
    const db = getDb();
    const user = await makeUser(db);
    const error = await getSql()
      .run(`UPDATE "User" SET "email" = $1 WHERE "id" = $2`, [(await makeUser(db)).email, user.id])
      .catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
  });

  it("parallel fast-path and Prisma transactions on one row lose no update", async () => {
    const db = getDb();
    const sql = getSql();
    const user = await makeUser(db, { balance: 0 });
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2
          ? sql.transaction((tx) => tx.run(`UPDATE "User" SET "balance" = "balance" + 1 WHERE "id" = $1`, [user.id]))
          : db.$transaction((tx) => tx.user.update({ where: { id: user.id }, data: { balance: { increment: 1 } } })),
      ),
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).balance).toBe(40);
  });
});
