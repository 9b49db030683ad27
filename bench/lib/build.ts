/**
 * Builds the production bundle once: only when `.next/BUILD_ID` is missing or
 * older than any source file that goes into the build.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "lib", "components", "hooks", "public", "types", "prisma"];
const SOURCE_FILES = [
  "next.config.js",
  "next.config.mjs",
  "next.config.ts",
  "package.json",
  "tsconfig.json",
  "postcss.config.mjs",
  "middleware.ts",
  "proxy.ts",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const st = statSync(entry);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

export function buildIsStale(root: string): { stale: boolean; reason: string } {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return { stale: true, reason: ".next/BUILD_ID is missing" };
  const builtAt = statSync(buildId).mtimeMs;
  const sources = Math.max(...[...SOURCE_DIRS, ...SOURCE_FILES].map((p) => newestMtime(path.join(root, p))));
  return sources > builtAt ? { stale: true, reason: "sources changed since the last build" } : { stale: false, reason: "" };
}

export function ensureBuild(root: string, log: (line: string) => void): void {
  if (!existsSync(path.join(root, "lib", "generated", "sqlite"))) {
    throw new Error("lib/generated is missing: run `npm install --no-audit --no-fund` (its postinstall generates the Prisma clients)");
  }
  // After a merge that changed the models the generated clients are stale too.
  const generatedAt = newestMtime(path.join(root, "lib", "generated", "sqlite", "client.ts"));
  if (newestMtime(path.join(root, "prisma")) > generatedAt) {
    log("Prisma models changed: regenerating the clients …");
    const gen = spawnSync("npm", ["run", "--silent", "db:generate"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    if (gen.status !== 0) throw new Error("npm run db:generate failed");
  }
  const { stale, reason } = buildIsStale(root);
  if (!stale) {
    log("production build is up to date");
    return;
  }
  log(`building (${reason}) …`);
  const started = Date.now();
  const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
