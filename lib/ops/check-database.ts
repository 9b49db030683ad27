import "server-only";
import { getDb } from "../db";

/** True when the database answers a trivial query. */
export async function checkDatabase(): Promise<boolean> {
  try {
    await getDb().$queryRawUnsafe("SELECT 1");
    return true;
  } catch (e) {
    console.error("health: database check failed", e instanceof Error ? e.message : e);
    return false;
  }
}
