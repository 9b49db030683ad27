/**
 * One run of the app's own sweep (lib/ops/sweep.ts) on DATABASE_URL, in its
 * own process with the react-server condition (the module is server-only).
 * Prints its result as JSON. Usage:
 *   DATABASE_URL=… AUTH_SECRET=… node --conditions react-server --import tsx bench/chaos/sweep-main.ts
 */
import { sweep } from "../../lib/ops/sweep";

console.log(JSON.stringify(await sweep()));
process.exit(0);
