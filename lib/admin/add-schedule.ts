import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { AdminSchedule, ScheduleInput } from "../validations/catalogue-admin";
import { assertStaff } from "./assert-staff";

/** The seats of a layout, front row first, … numbered 1..n across the hall. */
export function layoutSeats(input: ScheduleInput): { number: number; label: string; tier: string; price: number }[] {
  const price = new Map(input.tiers.map((t) => [t.name, t.price]));
  let number = 1;
  return input.rows.flatMap((row) =>
    Array.from({ length: row.seats }, (_, i) => ({
      number: number++,
      label: `${row.label}-${i + 1}`,
      tier: row.tier,
      price: price.get(row.tier)!,
    })),
  );
}

/** Staff add a date to a concert with its seat layout and prices, all seats AVAILABLE, in one transaction, audited. */
export async function addSchedule(actorId: string, concertId: string, input: ScheduleInput): Promise<AdminSchedule> {
  const seats = layoutSeats(input);
  const schedule = await getDb().$transaction(async (tx) => {
    const concert = await tx.concert.findUnique({ where: { id: concertId }, select: { title: true } });
    if (!concert) throw new AppError("NOT_FOUND", "No such concert.");
    const created = await tx.schedule.create({
      data: { concertId, startsAt: new Date(input.startsAt) },
      select: { id: true, startsAt: true },
    });
    await assertStaff(tx, actorId);
    await tx.seat.createMany({ data: seats.map((s) => ({ ...s, scheduleId: created.id })) });
    await tx.auditLog.create({
      data: {
        actorId,
        action: "ADD_SCHEDULE",
        reason: `Added ${created.startsAt.toISOString()} (${seats.length} seats) to ${concert.title} (${concertId})`,
      },
    });
    return created;
  });
  return {
    id: schedule.id,
    concertId,
    startsAt: schedule.startsAt.toISOString(),
    totalSeats: seats.length,
    tiers: input.tiers.map((t) => ({ ...t, seats: seats.filter((s) => s.tier === t.name).length })),
  };
}
