/**
 * The hold's rules, written once: the statements below are what both
 * databases run, in this order. SQLite runs them in one in-process transaction
 * (run-hold-steps.ts); PostgreSQL runs them as the body of the function
 * `stagepass_hold_seat`, generated from this list (hold-function.ts) and
 * deployed by a migration — a test fails when the deployed body and this list
 * differ (`npm run db:hold-function` writes the migration).
 *
 * Statements name their values `:name`: an input of the hold or a column an
 * earlier step selected. Every step either goes on or ends the hold with an
 * outcome; a hold that passes every step is HELD.
 */
import { ACTIVE_TOKEN_SQL } from "../queue/active-token-sql";

export type HoldOutcome = "NO_SEAT" | "TOKEN" | "HOLD_LIMIT_REACHED" | "TICKET_LIMIT_REACHED" | "SEAT_UNAVAILABLE" | "HELD";

/** The hold's inputs and their PostgreSQL types. */
export const HOLD_INPUTS = {
  id: "TEXT",
  user: "TEXT",
  seat: "TEXT",
  token: "TEXT",
  held_until: "TIMESTAMP(3)",
  now: "TIMESTAMP(3)",
  max_holds: "INTEGER",
  max_tickets: "INTEGER",
} as const;

export type HoldInputs = Record<keyof typeof HOLD_INPUTS, string | number | Date | null>;

export type HoldStep =
  /** Reads one row; its columns (named as in `into`, in order) become values. `missing`: the outcome when there is no row. */
  | { kind: "select"; sql: string; into: Record<string, string>; missing?: HoldOutcome }
  /** A condition; when it is not true, the hold ends with `otherwise`. */
  | { kind: "check"; sql: string; otherwise: HoldOutcome }
  /** A write; with `none`, the hold ends with that outcome when it changed no row. */
  | { kind: "write"; sql: string; none?: HoldOutcome };

export const HOLD_STEPS: readonly HoldStep[] = [
  {
    kind: "select",
    sql: `SELECT s."number" AS "number", s."label" AS "label", s."price" AS "price", s."scheduleId" AS "schedule_id", d."concertId" AS "concert_id"
    FROM "Seat" s JOIN "Schedule" d ON d."id" = s."scheduleId" WHERE s."id" = :seat`,
    into: { number: "INTEGER", label: "TEXT", price: "INTEGER", schedule_id: "TEXT", concert_id: "TEXT" },
    missing: "NO_SEAT",
  },
  {
    kind: "select",
    sql: `SELECT t."userId" AS "token_user_id", t."concertId" AS "token_concert_id", t."status" AS "token_status", t."expiresAt" AS "token_expires_at"
    FROM "QueueToken" t WHERE t."token" = :token`,
    into: { token_user_id: "TEXT", token_concert_id: "TEXT", token_status: "TEXT", token_expires_at: "TIMESTAMP(3)" },
  },
  // The caller's own ACTIVE token for the seat's concert; assertActiveToken names the failure. Nothing is written before it.
  { kind: "check", sql: ACTIVE_TOKEN_SQL, otherwise: "TOKEN" },
  // Serialises one fan's parallel holds (a row lock on PostgreSQL, the write lock on SQLite), so the counts below are exact.
  { kind: "write", sql: `UPDATE "User" SET "lockVersion" = "lockVersion" + 1 WHERE "id" = :user` },
  {
    kind: "check",
    sql: `(SELECT COUNT(*) FROM "Reservation"
    WHERE "userId" = :user AND "scheduleId" = :schedule_id AND "status" = 'HELD' AND "heldUntil" > :now) < :max_holds`,
    otherwise: "HOLD_LIMIT_REACHED",
  },
  // The per-person limit: held and bought seats of every date of the concert.
  {
    kind: "check",
    sql: `(SELECT COUNT(*) FROM "Reservation" r JOIN "Schedule" d ON d."id" = r."scheduleId"
    WHERE r."userId" = :user AND d."concertId" = :concert_id
      AND (r."status" = 'CONFIRMED' OR (r."status" = 'HELD' AND r."heldUntil" > :now))) < :max_tickets`,
    otherwise: "TICKET_LIMIT_REACHED",
  },
  // The decision: of concurrent requests for the seat, the one that finds it free (or its hold run out) wins.
  {
    kind: "write",
    sql: `UPDATE "Seat" SET "status" = 'HELD', "holderId" = :user, "heldUntil" = :held_until
    WHERE "id" = :seat AND ("status" = 'AVAILABLE' OR ("status" = 'HELD' AND "heldUntil" <= :now))`,
    none: "SEAT_UNAVAILABLE",
  },
  // The previous holder's run-out hold ends here, freeing the live-reservation index.
  {
    kind: "write",
    sql: `UPDATE "Reservation" SET "status" = 'EXPIRED', "endedAt" = :now, "updatedAt" = :now WHERE "seatId" = :seat AND "status" = 'HELD'`,
  },
  {
    kind: "write",
    sql: `INSERT INTO "Reservation" ("id", "userId", "seatId", "scheduleId", "status", "price", "heldUntil", "createdAt", "updatedAt")
    VALUES (:id, :user, :seat, :schedule_id, 'HELD', :price, :held_until, :now, :now)`,
  },
];

/** Every value a step selects, with its PostgreSQL type, in order. */
export function holdOutputs(): [string, string][] {
  return HOLD_STEPS.flatMap((s) => (s.kind === "select" ? Object.entries(s.into) : []));
}

/** The `:name` values a statement uses, in order of first use. */
export function namesIn(sql: string): string[] {
  return [...new Set([...sql.matchAll(/:([a-z_]+)/g)].map((m) => m[1]!))];
}
