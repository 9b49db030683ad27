/**
 * Per-request loaders shared by a dynamic segment's layout and its pages.
 * The layout calls them before any loading.tsx boundary, so an unknown id
 * answers with a real 404 status instead of a streamed 200; `cache` makes the
 * page's second call free.
 */
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getConcert } from "@/lib/catalogue/get-concert";
import { isAppError } from "@/lib/errors";
import { getPayment } from "@/lib/payments/get-payment";
import { getReservation } from "@/lib/reservations/get-reservation";
import { getTicket } from "@/lib/tickets/get-ticket";

function notFoundOn404(e: unknown): never {
  if (isAppError(e) && e.code === "NOT_FOUND") notFound();
  throw e;
}

export const loadConcert = cache((concertId: string) => getConcert(concertId).catch(notFoundOn404));

export const loadPayment = cache((userId: string, paymentId: string) => getPayment(userId, paymentId).catch(notFoundOn404));

export const loadReservation = cache((userId: string, reservationId: string) => getReservation(userId, reservationId).catch(notFoundOn404));

export const loadTicket = cache((userId: string, reservationId: string) => getTicket(userId, reservationId).catch(notFoundOn404));
