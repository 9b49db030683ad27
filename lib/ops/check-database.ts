import "server-only";
import { getDb } from "../db";
import { errorFields, logger } from "../log/logger";

/** True when the database answers a trivial query. */
export async function checkDatabase(): Promise<boolean> {
  try {
    await getDb().$queryRawUnsafe("SELECT 1");
    return true;
  } catch (e) {
    logger.error({ check: "database", ...errorFields(e) }, "health: database check failed");
    return false;
  }
}
