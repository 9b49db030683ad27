/**
 * The one place that reads process.env. Parsed once, with zod, at first import.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const int = (fallback: number, min = 1, max = 1_000_000) => z.coerce.number().int().min(min).max(max).default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default("file:./data/stagepass.db")
    .refine((url) => url.startsWith("file:") || /^postgres(ql)?:\/\//.test(url), "must start with file: or postgresql://"),
  AUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  PORT: int(3000, 1, 65535),
  HOLD_TTL_SECONDS: int(300),
  QUEUE_ACTIVE_LIMIT: int(100),
  QUEUE_ACTIVE_TTL_SECONDS: int(600),
  /** A fresh admission must be claimed (any request with the token) within this long; 0 = no claim window. */
  QUEUE_CLAIM_SECONDS: int(60, 0, 3600),
  /** Waiting-room event streams (push of the serving counter) one instance keeps open; past it fans poll. 0 = push off. */
  QUEUE_STREAMS_PER_INSTANCE: int(2_000, 0, 1_000_000),
  /** Each followed line is re-read at least this often for its streams (a safety net; changes are pushed at once). */
  QUEUE_STREAM_REFRESH_SECONDS: int(5, 1, 3600),
  /** Signed-in fans may join a concert's pre-queue this long before its salesOpenAt; 0 = only at the opening. */
  PRE_QUEUE_MINUTES: int(30, 0, 1440),
  MAX_HOLDS_PER_USER: int(4, 1, 50),
  /** Held + bought seats per user over all dates of one concert (409 HOLD_LIMIT_REACHED past it). */
  MAX_TICKETS_PER_USER_PER_CONCERT: int(4, 1, 1000),
  /** How often each instance runs the tidy-up sweep; 0 turns it off. */
  SWEEP_INTERVAL_SECONDS: int(5, 0, 3600),
  /** How long each instance trusts its copy of a user's role and session version; 0 reads it on every request. */
  SESSION_CHECK_SECONDS: int(2, 0, 60),
  /** Connections per instance to PostgreSQL. */
  DATABASE_POOL_SIZE: int(10, 1, 200),
  /** Wallet top-ups one user may make per minute (429 RATE_LIMITED past it). */
  RATE_LIMIT_CHARGES_PER_MINUTE: int(60, 1, 100_000),
  /** Failed sign-ins allowed per account and per client address within SIGNIN_LOCKOUT_SECONDS; past it 429. */
  SIGNIN_MAX_FAILURES: int(10, 1, 1_000_000),
  SIGNIN_LOCKOUT_SECONDS: int(900, 1, 86_400),
  /** Accounts one client address may try to create per hour (429 RATE_LIMITED past it). */
  SIGNUPS_PER_ADDRESS_PER_HOUR: int(30, 1, 1_000_000),
  /** Queue join requests one user may make per minute (429 RATE_LIMITED past it). */
  QUEUE_JOINS_PER_USER_PER_MINUTE: int(10, 1, 1_000_000),
  /**
   * Proof-of-work on queue joins, in leading zero bits of SHA-256 (each bit
   * doubles the work; 0 = off, as contract v1 clients expect). 15 bits ≈
   * 32,768 hashes on average: @noble/hashes in a Web Worker did 92,000/s on
   * this 2-core box under a load average of 16–21, several times that when
   * idle; a mid-range phone is ~3–5× slower than a desktop, so a few hundred
   * ms there. A concert's own setting (staff console) overrides it.
   */
  QUEUE_POW_DIFFICULTY: int(15, 0, 32),
  /**
   * "true": the client address is the last X-Forwarded-For entry (the one the
   * proxy in front of StagePass added). Otherwise the socket's address, and
   * X-Forwarded-For is ignored (a client could write anything there).
   */
  TRUST_PROXY_HEADERS: z
    .enum(["true", "false", ""])
    .default("false")
    .transform((v) => v === "true"),
  /** pino level of the JSON logs on stdout (lib/log/logger.ts). */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Bearer token for GET /api/metrics (Prometheus); unset = the endpoint answers 404. */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /**
   * Fan self-cancellation (docs/api.md "Tickets and cancellation"), by default
   * the common Korean schedule: free within CANCEL_FREE_DAYS of booking (the
   * booking day counts as day 1) while the show is further away than the first
   * band; otherwise CANCEL_FLAT_FEE won per ticket until then; inside the bands
   * a percentage of the price; none from CANCEL_CLOSES_DAYS_BEFORE days before.
   */
  CANCEL_FREE_DAYS: int(7, 0, 365),
  CANCEL_FLAT_FEE: int(4000, 0, 1_000_000),
  /** "days:percent,…": from that many days before the show (venue's calendar), that percent of the price. */
  CANCEL_FEE_BANDS: z
    .string()
    .default("9:10,6:20,2:30")
    .refine((v) => /^(\d{1,3}:(100|\d{1,2}))(,\d{1,3}:(100|\d{1,2}))*$/.test(v), "must look like 9:10,6:20,2:30 (days:percent)")
    .transform((v) =>
      v
        .split(",")
        .map((band) => band.split(":").map(Number) as [number, number])
        .map(([fromDays, percent]) => ({ fromDays, percent }))
        .sort((a, b) => b.fromDays - a.fromDays),
    ),
  /** Days before the show (venue's calendar) from which fans can no longer cancel: 1 = not on the day. */
  CANCEL_CLOSES_DAYS_BEFORE: int(1, 0, 365),
  SEED_ADMIN_EMAIL: z.email().default("admin@stagepass.local"),
  SEED_ADMIN_PASSWORD: z.string().min(8).default("stagepass-admin"),
});

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string; dbProvider: "sqlite" | "postgresql" };

function fail(message: string): never {
  throw new Error(`StagePass configuration error: ${message}`);
}

/**
 * On the embedded SQLite default a missing AUTH_SECRET is generated once and
 * kept next to the database, so the Quick start needs no configuration. On
 * PostgreSQL several instances must share one secret, so it is required.
 */
function resolveAuthSecret(parsed: z.infer<typeof schema>, provider: Env["dbProvider"]): string {
  if (parsed.AUTH_SECRET) return parsed.AUTH_SECRET;
  if (provider === "postgresql") {
    fail(
      "AUTH_SECRET is required when DATABASE_URL is PostgreSQL (all instances must share it). Generate one with: openssl rand -base64 32",
    );
  }
  const file = path.resolve("data", ".auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  // "wx" fails if another process created it first; then read theirs.
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  } catch {
    return readFileSync(file, "utf8").trim();
  }
}

function load(): Env {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    fail(result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  }
  const parsed = result.data;
  const dbProvider = parsed.DATABASE_URL.startsWith("file:") ? "sqlite" : "postgresql";
  const env: Env = { ...parsed, dbProvider, AUTH_SECRET: resolveAuthSecret(parsed, dbProvider) };
  // next-auth v4 reads these two from the environment itself.
  process.env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;
  process.env.NEXTAUTH_SECRET ??= env.AUTH_SECRET;
  return env;
}

export const env: Env = load();
