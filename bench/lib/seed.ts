/**
 * Seeds a bench database directly through Prisma: thousands of fans sharing
 * one precomputed bcrypt hash, each with money that entered through a CHARGE
 * ledger row (so balance == ledger sum), and three concerts:
 * - queue: one date; fans wait in its queue while others poll;
 * - holds: a date for seat-map reads, a date with the one contested seat, and
 *   many dates whose seats the spread holds walk through;
 * - rush: a few dates whose seats 2,000 fans buy out;
 * - big rush: as many dates again, for the 10,000 fans who arrive within 5 s;
 * - push: one date, a line of its own for the pushed-admission timing.
 */
import { hashPassword } from "../../lib/auth/password";
import { venueSeats } from "../../lib/catalogue/seat-layout";
import type { Db } from "../../lib/db/create-client";
import type { BenchConfig } from "./config";

export const FAN_BALANCE = 500_000;

export interface SeededSchedule {
  id: string;
  seats: { id: string; number: number }[];
}

export interface BenchData {
  fans: { id: string; email: string; name: string }[];
  queueConcertId: string;
  holdsConcertId: string;
  rushConcertId: string;
  bigRushConcertId: string;
  pushConcertId: string;
  mapSchedule: SeededSchedule;
  oneSeatSchedule: SeededSchedule;
  spreadSchedules: SeededSchedule[];
  rushSchedules: SeededSchedule[];
  bigRushSchedules: SeededSchedule[];
}

export function fansNeeded(cfg: BenchConfig): number {
  return Math.max(cfg.activeLimit + cfg.waitingFans, cfg.rushFans, cfg.bigRushFans, cfg.holdContenders, cfg.connections);
}

async function seedFans(db: Db, count: number) {
  const passwordHash = await hashPassword("bench-password");
  const rows = Array.from({ length: count }, (_, i) => {
    const n = String(i).padStart(5, "0");
    return { email: `fan${n}@bench.stagepass.local`, name: `Bench Fan ${n}`, passwordHash, balance: FAN_BALANCE };
  });
  const fans: { id: string; email: string; name: string }[] = [];
  for (let i = 0; i < rows.length; i += 1000)
    fans.push(...(await db.user.createManyAndReturn({ data: rows.slice(i, i + 1000), select: { id: true, email: true, name: true } })));
  fans.sort((a, b) => a.email.localeCompare(b.email));
  const ledger = fans.map((f) => ({ userId: f.id, type: "CHARGE" as const, amount: FAN_BALANCE, balanceAfter: FAN_BALANCE }));
  for (let i = 0; i < ledger.length; i += 1000) await db.walletTransaction.createMany({ data: ledger.slice(i, i + 1000) });
  return fans;
}

async function seedConcert(db: Db, key: string, schedules: number): Promise<{ concertId: string; schedules: SeededSchedule[] }> {
  const concert = await db.concert.create({
    data: { title: `Bench ${key}`, artist: "The Load Generators", venue: "Loopback Hall", description: "Benchmark data." },
    select: { id: true },
  });
  await db.queueState.create({ data: { concertId: concert.id } });
  const base = Date.now() + 30 * 24 * 3600 * 1000;
  const dates = await db.schedule.createManyAndReturn({
    data: Array.from({ length: schedules }, (_, i) => ({ concertId: concert.id, startsAt: new Date(base + i * 3600 * 1000) })),
    select: { id: true, startsAt: true },
  });
  dates.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const out: SeededSchedule[] = [];
  for (let i = 0; i < dates.length; i += 20) {
    const chunk = dates.slice(i, i + 20);
    const seats = await db.seat.createManyAndReturn({
      data: chunk.flatMap((d) => venueSeats().map((seat) => ({ ...seat, scheduleId: d.id }))),
      select: { id: true, number: true, scheduleId: true },
    });
    for (const d of chunk)
      out.push({
        id: d.id,
        seats: seats
          .filter((x) => x.scheduleId === d.id)
          .sort((a, b) => a.number - b.number)
          .map(({ id, number }) => ({ id, number })),
      });
  }
  return { concertId: concert.id, schedules: out };
}

export async function seedBench(db: Db, cfg: BenchConfig): Promise<BenchData> {
  const fans = await seedFans(db, fansNeeded(cfg));
  const queue = await seedConcert(db, "Queue", 1);
  const holds = await seedConcert(db, "Holds", 2 + cfg.spreadSchedules);
  const rush = await seedConcert(db, "Rush", cfg.rushSchedules);
  const bigRush = await seedConcert(db, "Big rush", cfg.rushSchedules);
  const push = await seedConcert(db, "Push", 1);
  const [mapSchedule, oneSeatSchedule, ...spreadSchedules] = holds.schedules;
  return {
    fans,
    queueConcertId: queue.concertId,
    holdsConcertId: holds.concertId,
    rushConcertId: rush.concertId,
    mapSchedule: mapSchedule!,
    oneSeatSchedule: oneSeatSchedule!,
    spreadSchedules,
    rushSchedules: rush.schedules,
    bigRushConcertId: bigRush.concertId,
    bigRushSchedules: bigRush.schedules,
    pushConcertId: push.concertId,
  };
}
