import { connection } from "next/server";
import { json } from "@/lib/http/respond";

/** Liveness: the process answers. Touches no database. */
export async function GET(): Promise<Response> {
  await connection();
  return json({ status: "ok" });
}
