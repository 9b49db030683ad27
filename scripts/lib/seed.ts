/**
 * Demo data: concerts with future dates counted from today, 50 seats a date
 * in three price tiers, a demo fan with some money and an admin. Safe to run
 * again: everything is looked up before it is created.
 */
import type { Db } from "../../lib/db/create-client";
import { hashPassword } from "../../lib/auth/password";
import { venueSeats } from "../../lib/catalogue/seat-layout";

export const DEMO_FAN = { email: "fan@stagepass.local", password: "stagepass-fan", name: "Demo Fan", balance: 300_000 };

const CONCERTS = [
  {
    id: "aurora-nights",
    title: "Aurora Nights",
    artist: "Luna Park",
    venue: "Olympic Hall, Seoul",
    poster: "aurora-nights",
    days: [7, 8, 15],
  },
  { id: "neon-tide", title: "Neon Tide Tour", artist: "The Harbor Lights", venue: "KSPO Dome, Seoul", poster: "neon-tide", days: [10, 24] },
  {
    id: "quiet-storm",
    title: "Quiet Storm",
    artist: "Seo Yuna Trio",
    venue: "Blue Square, Seoul",
    poster: "quiet-storm",
    days: [3, 17, 31],
  },
  {
    id: "summer-static",
    title: "Summer Static",
    artist: "Static Bloom",
    venue: "Bexco Auditorium, Busan",
    poster: "summer-static",
    days: [21],
  },
];

const DESCRIPTIONS: Record<string, string> = {
  "aurora-nights": "A night of shimmering synth-pop under a sky of light. Luna Park bring their new album to Seoul for three nights only.",
  "neon-tide": "The Harbor Lights' arena tour lands in Seoul: big choruses, bigger lights.",
  "quiet-storm": "An intimate evening of jazz standards and originals from one of Seoul's finest trios.",
  "summer-static": "Fuzz, feedback and sea air: Static Bloom's only Busan show this year.",
};

/** 19:00 in Seoul (10:00 UTC), `days` from today. */
function showTime(days: number, today = new Date()): Date {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days, 10, 0, 0));
  return d;
}

async function upsertUser(db: Db, u: { email: string; password: string; name: string; role: "USER" | "ADMIN" }) {
  const existing = await db.user.findUnique({ where: { email: u.email }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const created = await db.user.create({
    data: { email: u.email, name: u.name, role: u.role, passwordHash: await hashPassword(u.password) },
    select: { id: true },
  });
  return { id: created.id, created: true };
}

export async function seed(db: Db, admin: { email: string; password: string }): Promise<string[]> {
  const log: string[] = [];
  for (const c of CONCERTS) {
    await db.concert.upsert({
      where: { id: c.id },
      update: {},
      create: {
        id: c.id,
        title: c.title,
        artist: c.artist,
        venue: c.venue,
        description: DESCRIPTIONS[c.id] ?? "",
        posterUrl: `/posters/${c.poster}.svg`,
      },
    });
    await db.queueState.upsert({ where: { concertId: c.id }, update: {}, create: { concertId: c.id } });
    for (const day of c.days) {
      const startsAt = showTime(day);
      const found = await db.schedule.findFirst({ where: { concertId: c.id, startsAt }, select: { id: true } });
      if (found) continue;
      await db.$transaction(async (tx) => {
        const schedule = await tx.schedule.create({ data: { concertId: c.id, startsAt }, select: { id: true } });
        await tx.seat.createMany({ data: venueSeats().map((s) => ({ ...s, scheduleId: schedule.id })) });
      });
      log.push(`${c.title}: ${startsAt.toISOString()} (50 seats)`);
    }
  }
  const fan = await upsertUser(db, { ...DEMO_FAN, role: "USER" });
  if (fan.created) {
    // Money enters a wallet only through the ledger, so the balance equals its sum.
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: fan.id }, data: { balance: DEMO_FAN.balance } });
      await tx.walletTransaction.create({
        data: { userId: fan.id, type: "CHARGE", amount: DEMO_FAN.balance, balanceAfter: DEMO_FAN.balance },
      });
    });
    log.push(`demo fan ${DEMO_FAN.email}`);
  }
  const adminUser = await upsertUser(db, { ...admin, name: "StagePass Staff", role: "ADMIN" });
  if (adminUser.created) log.push(`admin ${admin.email}`);
  return log;
}
