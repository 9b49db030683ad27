/**
 * Demo data: concerts with future dates counted from today, 50 seats a date
 * in three price tiers, a demo fan with some money and an admin. Safe to run
 * again: everything is looked up before it is created.
 */
import type { Db } from "../../lib/db/create-client";
import { hashPassword } from "../../lib/auth/password";
import { venueSeats } from "../../lib/catalogue/seat-layout";

export const DEMO_FAN = { email: "fan@stagepass.local", password: "stagepass-fan", name: "Demo Fan", balance: 300_000 };

/** Invented Korean concerts (the stored texts) with their English renderings; every venue is in Seoul's zone. */
const CONCERTS = [
  {
    id: "aurora-nights",
    title: "오로라 나이츠",
    titleEn: "Aurora Nights",
    artist: "루나파크",
    artistEn: "Luna Park",
    venue: "한빛아트홀, 서울",
    venueEn: "Hanbit Art Hall, Seoul",
    description: "빛으로 가득한 하늘 아래 펼쳐지는 반짝이는 신스팝의 밤. 루나파크가 새 앨범을 들고 단 사흘간 서울을 찾습니다.",
    descriptionEn: "A night of shimmering synth-pop under a sky of light. Luna Park bring their new album to Seoul for three nights only.",
    poster: "aurora-nights",
    days: [7, 8, 15],
  },
  {
    id: "neon-tide",
    title: "네온 타이드 투어",
    titleEn: "Neon Tide Tour",
    artist: "하버라이츠",
    artistEn: "The Harbor Lights",
    venue: "송파 스카이돔, 서울",
    venueEn: "Songpa Sky Dome, Seoul",
    description: "하버라이츠의 아레나 투어가 서울에 상륙합니다. 더 큰 떼창, 더 화려한 조명.",
    descriptionEn: "The Harbor Lights' arena tour lands in Seoul: big choruses, bigger lights.",
    poster: "neon-tide",
    days: [10, 24],
  },
  {
    id: "quiet-storm",
    title: "고요한 폭풍",
    titleEn: "Quiet Storm",
    artist: "서유나 트리오",
    artistEn: "Seo Yuna Trio",
    venue: "마포 블루라운지, 서울",
    venueEn: "Mapo Blue Lounge, Seoul",
    description: "서울을 대표하는 재즈 트리오가 들려주는 스탠더드와 자작곡의 아늑한 저녁.",
    descriptionEn: "An intimate evening of jazz standards and originals from one of Seoul's finest trios.",
    poster: "quiet-storm",
    days: [3, 17, 31],
  },
  {
    id: "summer-static",
    title: "여름의 잡음",
    titleEn: "Summer Static",
    artist: "스태틱 블룸",
    artistEn: "Static Bloom",
    venue: "해운대 오션홀, 부산",
    venueEn: "Haeundae Ocean Hall, Busan",
    description: "퍼즈와 피드백, 그리고 바닷바람. 스태틱 블룸의 올해 유일한 부산 공연.",
    descriptionEn: "Fuzz, feedback and sea air: Static Bloom's only Busan show this year.",
    poster: "summer-static",
    days: [21],
  },
  {
    id: "first-light",
    title: "퍼스트 라이트",
    titleEn: "First Light",
    artist: "새벽빛 밴드",
    artistEn: "Daybreak Band",
    venue: "광장 라이브홀, 서울",
    venueEn: "Gwangjang Live Hall, Seoul",
    description: "첫 단독 공연의 티켓 오픈! 판매 시작 전에 사전 대기열에 들어오세요. 시작 순간 순서가 무작위로 정해집니다.",
    descriptionEn:
      "Tickets for the first solo show go on sale soon: enter the pre-queue before the opening, and the order is drawn at random the moment it opens.",
    poster: "first-light",
    days: [28],
    // The demo of a scheduled opening: on sale a few minutes after the first seed.
    opensInMinutes: 5,
  },
];

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
    // The demo texts are kept up to date on a database seeded before they were translated.
    const texts = {
      title: c.title,
      titleEn: c.titleEn,
      artist: c.artist,
      artistEn: c.artistEn,
      venue: c.venue,
      venueEn: c.venueEn,
      description: c.description,
      descriptionEn: c.descriptionEn,
      timeZone: "Asia/Seoul",
    };
    // salesOpenAt only on creation: seeding again never moves an opening.
    const salesOpenAt = "opensInMinutes" in c && c.opensInMinutes ? new Date(Date.now() + c.opensInMinutes * 60_000) : null;
    await db.concert.upsert({
      where: { id: c.id },
      update: texts,
      create: { id: c.id, ...texts, posterUrl: `/posters/${c.poster}.svg`, salesOpenAt },
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
