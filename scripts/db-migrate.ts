/** `npm run db:migrate`: applies committed migrations to DATABASE_URL, offline. */
import { env } from "../lib/env";
import { migrate } from "./lib/migrate";

const applied = await migrate(env.DATABASE_URL);
console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
