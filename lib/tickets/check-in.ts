import "server-only";
import { assertStaff } from "../admin/assert-staff";
import { getDb } from "../db";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";
import { dayKey } from "../format/dates";
import type { CheckInInput, CheckInResult } from "../validations/tickets";
import { verifyTicketCode, type TicketRef } from "./ticket-code";

const ticketSelect = {
  id: true,
  status: true,
  scheduleId: true,
  user: { select: { name: true } },
  seat: { select: { label: true, tier: true } },
  schedule: { select: { startsAt: true, concert: { select: { title: true, timeZone: true } } } },
  checkIn: { select: { checkedInAt: true, gate: true, staff: { select: { name: true } } } },
} as const;

async function loadTicket(ref: TicketRef) {
  return getDb().reservation.findFirst({ where: { id: ref.reservationId, scheduleId: ref.scheduleId }, select: ticketSelect });
}
/** Thrown inside the admission's transaction to roll it back when the ticket was voided meanwhile. */
const VOIDED = new Error("ticket voided during check-in");

type Ticket = NonNullable<Awaited<ReturnType<typeof loadTicket>>>;

function verdict(t: Ticket, outcome: CheckInResult["outcome"]): CheckInResult {
  const c = outcome === "ADMITTED" || outcome === "ALREADY_CHECKED_IN" ? t.checkIn : null;
  return {
    outcome,
    reservationId: t.id,
    scheduleId: t.scheduleId,
    startsAt: t.schedule.startsAt.toISOString(),
    timeZone: t.schedule.concert.timeZone,
    concertTitle: t.schedule.concert.title,
    seat: t.seat,
    holderName: t.user.name,
    checkIn: c ? { checkedInAt: c.checkedInAt.toISOString(), gate: c.gate, staffName: c.staff.name } : null,
  };
}

/**
 * A gate scans (or staff type) a ticket code. A forged or altered code is
 * 422 TICKET_INVALID before any lookup. A genuine one gets a verdict: VOID
 * (refunded, cancelled), WRONG_DATE (another date than `scheduleId`, or by
 * default than the show on the venue's today), ALREADY_CHECKED_IN (with
 * when, where and by whom), or ADMITTED, exactly once per ticket across every
 * gate and instance: the CheckIn row's unique reservationId decides.
 */
export async function checkIn(actorId: string, input: CheckInInput, now = new Date()): Promise<CheckInResult> {
  const ref = verifyTicketCode(input.code);
  if (!ref) throw new AppError("TICKET_INVALID", "This is not a StagePass ticket code (forged, altered or mistyped).");
  const db = getDb();
  await assertStaff(db, actorId);
  const ticket = await loadTicket(ref);
  if (!ticket) throw new AppError("TICKET_INVALID", "This ticket no longer exists.");
  if (ticket.status !== "CONFIRMED") return verdict(ticket, "VOID");
  const { startsAt, concert } = ticket.schedule;
  const rightDate = input.scheduleId
    ? input.scheduleId === ticket.scheduleId
    : dayKey(startsAt, concert.timeZone) === dayKey(now, concert.timeZone);
  if (!rightDate) return verdict(ticket, "WRONG_DATE");
  if (ticket.checkIn) return verdict(ticket, "ALREADY_CHECKED_IN");
  try {
    await db.$transaction(async (tx) => {
      // Conditional write: closes the race with a refund or cancellation of this ticket (they wait on this row,
      // then find the check-in and refuse; or they win and this matches nothing and the ticket is void).
      const live = await tx.reservation.updateMany({ where: { id: ticket.id, status: "CONFIRMED" }, data: { updatedAt: now } });
      if (live.count !== 1) throw VOIDED;
      // The unique reservationId closes the race between two gates: the second insert fails.
      await tx.checkIn.create({
        data: { reservationId: ticket.id, scheduleId: ticket.scheduleId, gate: input.gate ?? null, staffId: actorId, checkedInAt: now },
      });
    });
  } catch (e) {
    if (e === VOIDED) return verdict({ ...ticket, status: "CANCELLED" }, "VOID");
    if (!isUniqueViolation(e)) throw e;
    const winner = await loadTicket(ref);
    if (winner?.checkIn) return verdict(winner, "ALREADY_CHECKED_IN");
    throw e;
  }
  const admitted = await loadTicket(ref);
  return verdict(admitted ?? ticket, "ADMITTED");
}
