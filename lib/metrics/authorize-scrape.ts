/**
 * Who may scrape GET /api/metrics: a bearer token equal to METRICS_TOKEN.
 * Unset, the endpoint does not exist (404), so a default install exposes
 * nothing. Compared as SHA-256 digests so the comparison takes the same time
 * whatever the guess.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "../env";
import { AppError } from "../errors";

const digest = (text: string) => createHash("sha256").update(text).digest();

export function authorizeScrape(authorization: string | null): void {
  if (!env.METRICS_TOKEN) throw new AppError("NOT_FOUND", "There is no API endpoint at this path.");
  const presented = /^Bearer (.+)$/i.exec(authorization ?? "")?.[1]?.trim() ?? "";
  if (!timingSafeEqual(digest(presented), digest(env.METRICS_TOKEN))) {
    throw new AppError("UNAUTHENTICATED", "A valid metrics bearer token is required.", {
      headers: { "WWW-Authenticate": 'Bearer realm="metrics"' },
    });
  }
}
