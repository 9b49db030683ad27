import { connection } from "next/server";
import { json } from "@/lib/http/respond";
import { checkDatabase } from "@/lib/ops/check-database";

/** Readiness: 200 when the database answers, 503 when it does not. */
export async function GET(): Promise<Response> {
  await connection();
  const ok = await checkDatabase();
  return json({ status: ok ? "ok" : "unavailable", db: ok ? "ok" : "unreachable" }, ok ? 200 : 503);
}
