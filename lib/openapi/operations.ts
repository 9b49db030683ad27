/**
 * Every operation of the public contract (docs/api.md), built from
 * the zod schemas the route handlers validate with.
 */
import { z } from "zod";
import { meSchema, signUpSchema, userSchema } from "../validations/accounts";
import { concertDetailSchema, concertSchema, scheduleSchema, seatMapSchema } from "../validations/catalogue";
import { cursorQuerySchema, listOf } from "../validations/common";
import { basketPaymentResultSchema, paymentResultSchema, payRequestSchema, receiptSchema } from "../validations/payments";
import { queueStatusSchema, queueTokenSchema } from "../validations/queue";

import { challengeQuerySchema, challengeSchema, joinQueueSchema } from "../validations/queue-pow";
import { heldReservationSchema, holdSeatSchema, reservationListQuerySchema, reservationSchema } from "../validations/reservations";
import { chargeResultSchema, chargeSchema, walletSchema, walletTransactionSchema } from "../validations/wallet";
import { adminOperations } from "./admin-operations";
import { ticketOperations } from "./ticket-operations";
import { catalogueAdminOperations } from "./catalogue-admin-operations";
import type { OperationSpec } from "./operation";

const BOOKING_TOKEN_ERRORS = [
  "QUEUE_TOKEN_MISSING",
  "QUEUE_TOKEN_INVALID",
  "QUEUE_TOKEN_EXPIRED",
  "QUEUE_TOKEN_NOT_ACTIVE",
  "QUEUE_TOKEN_WRONG_CONCERT",
] as const;

export const operations: Record<string, Partial<Record<"get" | "post" | "patch" | "delete", OperationSpec>>> = {
  "/api/v1/users": {
    post: {
      summary: "Sign up",
      tag: "Accounts",
      auth: "none",
      body: signUpSchema,
      success: { status: 201, schema: userSchema },
      errors: ["VALIDATION_FAILED", "EMAIL_TAKEN", "RATE_LIMITED"],
    },
  },
  "/api/v1/me": {
    get: { summary: "The signed-in user", tag: "Accounts", success: { status: 200, schema: meSchema }, errors: ["UNAUTHENTICATED"] },
  },
  "/api/v1/concerts": {
    get: { summary: "List concerts", tag: "Catalogue", auth: "none", success: { status: 200, schema: listOf(concertSchema) }, errors: [] },
  },
  "/api/v1/concerts/{concertId}": {
    get: {
      summary: "A concert with its available dates",
      tag: "Catalogue",
      auth: "none",
      params: { concertId: "Concert id" },
      success: { status: 200, schema: concertDetailSchema },
      errors: ["NOT_FOUND"],
    },
  },
  "/api/v1/concerts/{concertId}/schedules": {
    get: {
      summary: "Available (future) dates of a concert",
      tag: "Catalogue",
      auth: "none",
      params: { concertId: "Concert id" },
      success: { status: 200, schema: listOf(scheduleSchema) },
      errors: ["NOT_FOUND"],
    },
  },
  "/api/v1/queue/tokens": {
    post: {
      summary: "Take a place in a concert's waiting room (201 new, 200 existing)",
      tag: "Waiting room",
      body: joinQueueSchema,
      success: {
        status: 201,
        schema: queueTokenSchema,
        description: "A new token; 200 with the same shape when the user already has a live one",
      },
      errors: [
        "VALIDATION_FAILED",
        "UNAUTHENTICATED",
        "NOT_FOUND",
        "RATE_LIMITED",
        "QUEUE_CHALLENGE_REQUIRED",
        "QUEUE_CHALLENGE_INVALID",
        "QUEUE_CHALLENGE_EXPIRED",
        "QUEUE_CHALLENGE_REUSED",
        "QUEUE_NOT_OPEN",
      ],
    },
  },
  "/api/v1/queue/challenge": {
    get: {
      summary: "Extension: a proof-of-work challenge to solve before joining a concert's queue",
      tag: "Waiting room",
      query: challengeQuerySchema,
      success: { status: 200, schema: challengeSchema },
      errors: ["VALIDATION_FAILED", "UNAUTHENTICATED", "NOT_FOUND"],
    },
  },
  "/api/v1/queue/tokens/{token}": {
    get: {
      summary: "Position and status of a token (owner only)",
      tag: "Waiting room",
      params: { token: "Queue token" },
      success: { status: 200, schema: queueTokenSchema },
      errors: ["UNAUTHENTICATED", "NOT_FOUND"],
    },
    delete: {
      summary: "Leave the queue and free the slot",
      tag: "Waiting room",
      params: { token: "Queue token" },
      success: { status: 204, description: "Left" },
      errors: ["UNAUTHENTICATED", "NOT_FOUND"],
    },
  },
  "/api/v1/queue/concerts/{concertId}/events": {
    get: {
      summary:
        "The same serving counter, pushed: a text/event-stream of `status` events (data: the status body) sent when the line moves and at least every 5 s",
      tag: "Waiting room",
      auth: "none",
      params: { concertId: "Concert id" },
      success: {
        status: 200,
        schema: z.string(),
        contentType: "text/event-stream",
        description: "`event: status` frames whose data is the JSON of GET …/status; the first at once",
      },
      errors: ["VALIDATION_FAILED", "NOT_FOUND", "SERVICE_BUSY"],
    },
  },
  "/api/v1/queue/concerts/{concertId}/status": {
    get: {
      summary: "Public serving counter of a concert's line (same for every fan; Cache-Control: public, max-age=1)",
      tag: "Waiting room",
      auth: "none",
      params: { concertId: "Concert id" },
      success: { status: 200, schema: queueStatusSchema },
      errors: ["VALIDATION_FAILED", "NOT_FOUND"],
    },
  },
  "/api/v1/schedules/{scheduleId}/seats": {
    get: {
      summary: "Seat map of a date",
      tag: "Booking",
      queueToken: true,
      params: { scheduleId: "Schedule id" },
      success: { status: 200, schema: seatMapSchema },
      errors: ["UNAUTHENTICATED", "NOT_FOUND", ...BOOKING_TOKEN_ERRORS],
    },
  },
  "/api/v1/reservations": {
    post: {
      summary: "Hold a seat",
      tag: "Booking",
      queueToken: true,
      body: holdSeatSchema,
      success: { status: 201, schema: heldReservationSchema },
      errors: ["VALIDATION_FAILED", "UNAUTHENTICATED", "NOT_FOUND", "SEAT_UNAVAILABLE", "HOLD_LIMIT_REACHED", ...BOOKING_TOKEN_ERRORS],
    },
    get: {
      summary: "The caller's reservations",
      tag: "Reservations",
      query: reservationListQuerySchema,
      success: { status: 200, schema: listOf(reservationSchema) },
      errors: ["VALIDATION_FAILED", "UNAUTHENTICATED"],
    },
  },
  "/api/v1/reservations/{id}": {
    get: {
      summary: "One of the caller's reservations",
      tag: "Reservations",
      params: { id: "Reservation id" },
      success: { status: 200, schema: reservationSchema },
      errors: ["UNAUTHENTICATED", "NOT_FOUND"],
    },
    delete: {
      summary: "Release a held seat",
      tag: "Booking",
      queueToken: true,
      params: { id: "Reservation id" },
      success: { status: 204, description: "Released" },
      errors: ["UNAUTHENTICATED", "NOT_FOUND", "RESERVATION_NOT_HELD", ...BOOKING_TOKEN_ERRORS],
    },
  },
  "/api/v1/wallet": {
    get: { summary: "Wallet balance", tag: "Wallet", success: { status: 200, schema: walletSchema }, errors: ["UNAUTHENTICATED"] },
  },
  "/api/v1/wallet/charges": {
    post: {
      summary: "Top up the wallet",
      tag: "Wallet",
      idempotent: true,
      body: chargeSchema,
      success: { status: 201, schema: chargeResultSchema },
      errors: ["VALIDATION_FAILED", "UNAUTHENTICATED", "INVALID_AMOUNT", "IDEMPOTENCY_KEY_REUSED", "RATE_LIMITED"],
    },
  },
  "/api/v1/wallet/transactions": {
    get: {
      summary: "Wallet ledger, newest first",
      tag: "Wallet",
      query: cursorQuerySchema,
      success: { status: 200, schema: listOf(walletTransactionSchema) },
      errors: ["VALIDATION_FAILED", "UNAUTHENTICATED"],
    },
  },
  "/api/v1/payments": {
    post: {
      summary: "Pay for a held seat, or for several of one date at once (a basket)",
      tag: "Payments",
      queueToken: true,
      idempotent: true,
      body: payRequestSchema,
      success: {
        status: 201,
        schema: z.union([paymentResultSchema, basketPaymentResultSchema]),
        description: "Paid; `{ reservationId }` answers in the one-seat shape, `{ reservationIds }` in the basket shape",
      },
      errors: [
        "VALIDATION_FAILED",
        "UNAUTHENTICATED",
        "NOT_FOUND",
        "INSUFFICIENT_BALANCE",
        "RESERVATION_EXPIRED",
        "RESERVATION_NOT_HELD",
        "IDEMPOTENCY_KEY_REUSED",
        ...BOOKING_TOKEN_ERRORS,
      ],
    },
    get: {
      summary: "The caller's receipts",
      tag: "Payments",
      query: cursorQuerySchema,
      success: { status: 200, schema: listOf(receiptSchema) },
      errors: ["VALIDATION_FAILED", "UNAUTHENTICATED"],
    },
  },
  "/api/v1/payments/{id}": {
    get: {
      summary: "One receipt",
      tag: "Payments",
      params: { id: "Payment id" },
      success: { status: 200, schema: receiptSchema },
      errors: ["UNAUTHENTICATED", "NOT_FOUND"],
    },
  },
  "/api/health": {
    get: {
      summary: "Readiness: the database answers",
      tag: "Operations",
      auth: "none",
      success: {
        status: 200,
        schema: z.object({ status: z.literal("ok"), db: z.literal("ok") }),
        description: "Ready; 503 when the database is unreachable",
      },
      errors: [],
    },
  },
  "/api/v1/openapi.json": {
    get: { summary: "This document", tag: "Operations", auth: "none", success: { status: 200, description: "OpenAPI 3.1" }, errors: [] },
  },
  "/api/health/live": {
    get: {
      summary: "Liveness (no database)",
      tag: "Operations",
      auth: "none",
      success: { status: 200, schema: z.object({ status: z.literal("ok") }) },
      errors: [],
    },
  },
  "/api/metrics": {
    get: {
      summary: "Prometheus metrics (Authorization: Bearer METRICS_TOKEN; 404 when METRICS_TOKEN is unset)",
      tag: "Operations",
      auth: "none",
      success: { status: 200, description: "Prometheus text exposition format", contentType: "text/plain" },
      errors: ["UNAUTHENTICATED", "NOT_FOUND"],
    },
  },
  ...adminOperations,
  ...ticketOperations,
  ...catalogueAdminOperations,
};
