/**
 * The staff operations (contract "Staff" section plus the console's read
 * endpoints), built from the zod schemas the admin route handlers use.
 */
import { z } from "zod";
import {
  auditEntrySchema,
  bookingSchema,
  bookingsQuerySchema,
  concertQuerySchema,
  exportQuerySchema,
  occupancySchema,
  queueMonitorSchema,
  refundResultSchema,
  revenueSchema,
  signOutResultSchema,
  staffActionSchema,
  statsSchema,
} from "../validations/admin";
import { cursorQuerySchema, listOf } from "../validations/common";
import { powDifficultyInputSchema, powDifficultySchema } from "../validations/queue-pow";
import { reservationSchema } from "../validations/reservations";
import type { OperationSpec } from "./operation";
import { queueControlsInputSchema, queueControlsSchema } from "../validations/queue-controls";

const STAFF = ["UNAUTHENTICATED", "FORBIDDEN"] as const;
const id = { id: "Reservation id" };

export const adminOperations: Record<string, Partial<Record<"get" | "post" | "patch" | "delete", OperationSpec>>> = {
  "/api/v1/admin/concerts/{concertId}/pow-difficulty": {
    get: {
      summary: "Extension: the proof-of-work difficulty of a concert's queue joins",
      tag: "Staff",
      auth: "admin",
      params: { concertId: "Concert id" },
      success: { status: 200, schema: powDifficultySchema },
      errors: [...STAFF, "NOT_FOUND"],
    },
    post: {
      summary: "Extension: set a concert's proof-of-work difficulty (null = server default, 0 = off), audited with a reason",
      tag: "Staff",
      auth: "admin",
      params: { concertId: "Concert id" },
      body: powDifficultyInputSchema,
      success: { status: 200, schema: powDifficultySchema },
      errors: ["VALIDATION_FAILED", ...STAFF, "NOT_FOUND"],
    },
  },
  "/api/v1/admin/concerts/{concertId}/queue-controls": {
    get: {
      summary: "Extension: a concert's live queue controls, its opening and the shuffle's seed with a check that the order follows from it",
      tag: "Staff",
      auth: "admin",
      params: { concertId: "Concert id" },
      success: { status: 200, schema: queueControlsSchema },
      errors: ["VALIDATION_FAILED", ...STAFF, "NOT_FOUND"],
    },
    post: {
      summary:
        "Extension: pause/resume admission, set the concert's active limit or claim window, move its opening (audited with a reason)",
      tag: "Staff",
      auth: "admin",
      params: { concertId: "Concert id" },
      body: queueControlsInputSchema,
      success: { status: 200, schema: queueControlsSchema },
      errors: ["VALIDATION_FAILED", ...STAFF, "NOT_FOUND", "SALES_ALREADY_OPEN"],
    },
  },
  "/api/v1/admin/bookings": {
    get: {
      summary: "Reservations for staff: filter by concert, date, status; search email, name or seat; keyset pages",
      tag: "Staff",
      auth: "admin",
      query: bookingsQuerySchema,
      success: { status: 200, schema: listOf(bookingSchema) },
      errors: ["VALIDATION_FAILED", ...STAFF],
    },
  },
  "/api/v1/admin/bookings/export": {
    get: {
      summary: "CSV of every booking matching the filter, streamed",
      tag: "Staff",
      auth: "admin",
      query: exportQuerySchema,
      success: { status: 200, schema: z.string(), contentType: "text/csv", description: "CSV with a header row" },
      errors: ["VALIDATION_FAILED", ...STAFF],
    },
  },
  "/api/v1/admin/stats": {
    get: {
      summary: "Queue, seat and revenue numbers",
      tag: "Staff",
      auth: "admin",
      query: concertQuerySchema,
      success: { status: 200, schema: statsSchema },
      errors: ["VALIDATION_FAILED", ...STAFF],
    },
  },
  "/api/v1/admin/reservations/{id}/release": {
    post: {
      summary: "Release a held seat (audited)",
      tag: "Staff",
      auth: "admin",
      params: id,
      body: staffActionSchema,
      success: { status: 200, schema: reservationSchema, description: "The reservation, now CANCELLED; the seat is AVAILABLE" },
      errors: ["VALIDATION_FAILED", ...STAFF, "NOT_FOUND", "RESERVATION_NOT_HELD"],
    },
  },
  "/api/v1/admin/reservations/{id}/refund": {
    post: {
      summary: "Refund a confirmed booking to the fan's wallet, exactly once (audited)",
      tag: "Staff",
      auth: "admin",
      params: id,
      body: staffActionSchema,
      success: { status: 200, schema: refundResultSchema },
      errors: ["VALIDATION_FAILED", ...STAFF, "NOT_FOUND", "RESERVATION_NOT_CONFIRMED", "INVALID_AMOUNT"],
    },
  },
  "/api/v1/admin/users/{userId}/sign-out": {
    post: {
      summary: "Sign a fan out everywhere: every session of the user ends on every instance within seconds (audited)",
      tag: "Staff",
      auth: "admin",
      params: { userId: "User id" },
      body: staffActionSchema,
      success: { status: 200, schema: signOutResultSchema },
      errors: ["VALIDATION_FAILED", ...STAFF, "NOT_FOUND"],
    },
  },
  "/api/v1/admin/audit-log": {
    get: {
      summary: "Staff actions, newest first",
      tag: "Staff",
      auth: "admin",
      query: cursorQuerySchema,
      success: { status: 200, schema: listOf(auditEntrySchema) },
      errors: ["VALIDATION_FAILED", ...STAFF],
    },
  },
  "/api/v1/admin/schedules/{scheduleId}/occupancy": {
    get: {
      summary: "Seat map of a date in staff mode: who holds or bought each seat",
      tag: "Staff",
      auth: "admin",
      params: { scheduleId: "Schedule id" },
      success: { status: 200, schema: occupancySchema },
      errors: [...STAFF, "NOT_FOUND"],
    },
  },
  "/api/v1/admin/revenue": {
    get: {
      summary: "Revenue per concert and date, sell-through, sales per day",
      tag: "Staff",
      auth: "admin",
      query: concertQuerySchema,
      success: { status: 200, schema: revenueSchema },
      errors: ["VALIDATION_FAILED", ...STAFF],
    },
  },
  "/api/v1/admin/queue": {
    get: {
      summary: "Waiting rooms: waiting, active, admission rate, oldest wait",
      tag: "Staff",
      auth: "admin",
      success: { status: 200, schema: queueMonitorSchema },
      errors: STAFF.slice(),
    },
  },
};
