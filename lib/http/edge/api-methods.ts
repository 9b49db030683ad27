/**
 * Which methods each API route answers, so the edge can refuse any other with
 * a problem+json 405 and an Allow header: Next itself answers a method that a
 * route.ts does not export with an empty 405. Kept in step with the files by
 * api-methods.test.ts, which reads every route.ts under app/api.
 * HEAD (with GET) and OPTIONS are answered by Next for every route.
 */
export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export const API_METHODS: Record<string, readonly ApiMethod[]> = {
  "/api/auth/[...nextauth]": ["GET", "POST"],
  "/api/health": ["GET"],
  "/api/health/live": ["GET"],
  "/api/metrics": ["GET"],
  "/api/v1/admin/audit-log": ["GET"],
  "/api/v1/admin/bookings": ["GET"],
  "/api/v1/admin/bookings/export": ["GET"],
  "/api/v1/admin/check-ins": ["GET", "POST"],
  "/api/v1/admin/concerts": ["POST"],
  "/api/v1/admin/concerts/[concertId]": ["PATCH"],
  "/api/v1/admin/concerts/[concertId]/pow-difficulty": ["GET", "POST"],
  "/api/v1/admin/concerts/[concertId]/queue-controls": ["GET", "POST"],
  "/api/v1/admin/concerts/[concertId]/schedules": ["POST"],
  "/api/v1/admin/queue": ["GET"],
  "/api/v1/admin/reservations/[reservationId]/refund": ["POST"],
  "/api/v1/admin/reservations/[reservationId]/release": ["POST"],
  "/api/v1/admin/revenue": ["GET"],
  "/api/v1/admin/schedules/[scheduleId]/occupancy": ["GET"],
  "/api/v1/admin/stats": ["GET"],
  "/api/v1/admin/users/[userId]/sign-out": ["POST"],
  "/api/v1/concerts": ["GET"],
  "/api/v1/concerts/[concertId]": ["GET"],
  "/api/v1/concerts/[concertId]/schedules": ["GET"],
  "/api/v1/me": ["GET"],
  "/api/v1/openapi.json": ["GET"],
  "/api/v1/payments": ["GET", "POST"],
  "/api/v1/payments/[id]": ["GET"],
  "/api/v1/queue/challenge": ["GET"],
  "/api/v1/queue/concerts/[concertId]/events": ["GET"],
  "/api/v1/queue/concerts/[concertId]/status": ["GET"],
  "/api/v1/queue/tokens": ["POST"],
  "/api/v1/queue/tokens/[token]": ["GET", "DELETE"],
  "/api/v1/reservations": ["GET", "POST"],
  "/api/v1/reservations/[id]": ["GET", "DELETE"],
  "/api/v1/reservations/[id]/cancel": ["POST"],
  "/api/v1/reservations/[id]/cancel-quote": ["GET"],
  "/api/v1/reservations/[id]/ticket": ["GET"],
  "/api/v1/schedules/[scheduleId]/seats": ["GET"],
  "/api/v1/users": ["POST"],
  "/api/v1/wallet": ["GET"],
  "/api/v1/wallet/charges": ["POST"],
  "/api/v1/wallet/transactions": ["GET"],
};

interface Compiled {
  route: string;
  pattern: RegExp;
  /** Fewer dynamic segments wins, as in Next's router (a static segment beats a [param]). */
  dynamic: number;
  methods: readonly ApiMethod[];
}

const COMPILED: Compiled[] = Object.entries(API_METHODS).map(([route, methods]) => {
  const parts = route.split("/").map((seg) => {
    if (seg.startsWith("[...")) return ".+";
    if (seg.startsWith("[")) return "[^/]+";
    return seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  });
  return { route, pattern: new RegExp(`^${parts.join("/")}/?$`), dynamic: (route.match(/\[/g) ?? []).length, methods };
});

function match(pathname: string): Compiled | null {
  let best: Compiled | null = null;
  for (const c of COMPILED) if (c.pattern.test(pathname) && (best === null || c.dynamic < best.dynamic)) best = c;
  return best;
}

/** The methods `pathname`'s route answers, or null when no route matches (the catch-all's 404). */
export function allowedMethods(pathname: string): readonly ApiMethod[] | null {
  return match(pathname)?.methods ?? null;
}

/** `pathname`'s route as its pattern (`/api/v1/concerts/[concertId]`), the label route() logs it under; null when none matches. */
export function apiRoute(pathname: string): string | null {
  return match(pathname)?.route ?? null;
}

/** The Allow header's value when `method` is not one `pathname`'s route answers; null when it is (or no route matches). */
export function methodNotAllowed(pathname: string, method: string): string | null {
  if (method === "OPTIONS") return null;
  const methods = allowedMethods(pathname);
  if (!methods) return null;
  const answered = methods.includes("GET") ? [...methods, "HEAD"] : [...methods];
  if (answered.includes(method)) return null;
  return [...answered, "OPTIONS"].join(", ");
}
