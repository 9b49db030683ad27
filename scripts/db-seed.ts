/** `npm run db:seed`: demo data, safe to run twice. */
import { env } from "../lib/env";
import { createDb } from "../lib/db/create-client";
import { seed } from "./lib/seed";

const db = createDb(env.DATABASE_URL);
try {
  const log = await seed(db, { email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD });
  console.log(log.length ? `seeded:\n  ${log.join("\n  ")}` : "demo data already present");
} finally {
  await db.$disconnect();
}
