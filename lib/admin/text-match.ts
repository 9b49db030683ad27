import "server-only";
import { env } from "../env";

/**
 * A case-insensitive "contains" filter on both databases: SQLite's LIKE
 * already ignores ASCII case, PostgreSQL needs `mode: "insensitive"`, which
 * the (SQLite-typed) client does not know about.
 */
export function textMatch(q: string): { contains: string } {
  if (env.dbProvider === "postgresql") return { contains: q, mode: "insensitive" } as { contains: string };
  return { contains: q };
}
