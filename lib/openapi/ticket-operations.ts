/**
 * Tickets, check-in and fan self-cancellation (contract "Tickets and
 * cancellation"), built from the zod schemas their route handlers use.
 */
import {
  arrivalsQuerySchema,
  arrivalsSchema,
  cancelQuoteSchema,
  cancelResultSchema,
  checkInInputSchema,
  checkInResultSchema,
  ticketSchema,
} from "../validations/tickets";
import type { OperationSpec } from "./operation";

const id = { id: "Reservation id" };

export const ticketOperations: Record<string, Partial<Record<"get" | "post" | "delete", OperationSpec>>> = {
  "/api/v1/reservations/{id}/ticket": {
    get: {
      summary: "Extension: the e-ticket of a bought seat: a signed code for its QR (null once VOID), concert, date, seat, holder",
      tag: "Tickets",
      params: id,
      success: { status: 200, schema: ticketSchema },
      errors: ["UNAUTHENTICATED", "NOT_FOUND"],
    },
  },
  "/api/v1/reservations/{id}/cancel-quote": {
    get: {
      summary: "Extension: what cancelling this booking now would refund, and the fee schedule it follows",
      tag: "Tickets",
      params: id,
      success: { status: 200, schema: cancelQuoteSchema },
      errors: ["UNAUTHENTICATED", "NOT_FOUND", "RESERVATION_NOT_CONFIRMED"],
    },
  },
  "/api/v1/reservations/{id}/cancel": {
    post: {
      summary: "Extension: cancel a bought seat; price − fee back to the wallet, seat back on sale, ticket void; exactly once",
      tag: "Tickets",
      idempotent: true,
      params: id,
      success: { status: 200, schema: cancelResultSchema },
      errors: [
        "VALIDATION_FAILED",
        "UNAUTHENTICATED",
        "NOT_FOUND",
        "RESERVATION_NOT_CONFIRMED",
        "CANCELLATION_CLOSED",
        "IDEMPOTENCY_KEY_REUSED",
      ],
    },
  },
  "/api/v1/admin/check-ins": {
    post: {
      summary:
        "Extension: check a scanned or typed ticket code in: 201 ADMITTED (once per ticket), else 200 ALREADY_CHECKED_IN / VOID / WRONG_DATE",
      tag: "Staff",
      auth: "admin",
      body: checkInInputSchema,
      success: { status: 201, schema: checkInResultSchema, description: "ADMITTED; the other verdicts come with 200 and the same body" },
      errors: ["VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", "TICKET_INVALID"],
    },
    get: {
      summary: "Extension: arrivals per date: tickets checked in and tickets sold",
      tag: "Staff",
      auth: "admin",
      query: arrivalsQuerySchema,
      success: { status: 200, schema: arrivalsSchema },
      errors: ["VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN"],
    },
  },
};
