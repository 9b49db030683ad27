/**
 * The one answer to "is the production build (or the generated Prisma client)
 * older than its sources?", for every script that runs `next start`: the demo,
 * the e2e leg, the bench, and the integration leg's warning.
 *
 * CLI: `tsx scripts/lib/build-state.ts ensure` regenerates the clients and runs
 * `next build` only when needed (callers that may race take a lock first).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Everything `next build` reads; tests next to the code are not part of the bundle. */
const BUILD_INPUTS = [
  "app",
  "lib",
  "components",
  "i18n",
  "messages",
  "public",
  "types",
  "prisma",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
];

/** The first file under `entry` modified after `since` (ms), skipping tests and generated code. */
function firstNewer(entry: string, since: number): string | undefined {
  if (!existsSync(entry)) return undefined;
  const st = statSync(entry);
  if (!st.isDirectory()) return st.mtimeMs > since && !/\.test\.tsx?$/.test(entry) ? entry : undefined;
  for (const child of readdirSync(entry)) {
    if (child === "generated" || child === "node_modules") continue;
    const found = firstNewer(path.join(entry, child), since);
    if (found) return found;
  }
  return undefined;
}

/** Why the production build in `root` must be rebuilt, or null when it is current. */
export function staleBuildReason(root: string): string | null {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "there is no production build yet";
  const builtAt = statSync(buildId).mtimeMs;
  for (const input of BUILD_INPUTS) {
    const changed = firstNewer(path.join(root, input), builtAt);
    if (changed) return `${path.relative(root, changed)} changed after the last build`;
  }
  return null;
}

/** True when the Prisma models changed after the clients were generated (e.g. after a merge). */
export function clientsAreStale(root: string): boolean {
  const marker = path.join(root, "lib", "generated", "sqlite", "client.ts");
  if (!existsSync(marker) || !existsSync(path.join(root, "lib", "generated", "postgresql"))) return true;
  return firstNewer(path.join(root, "prisma"), statSync(marker).mtimeMs) !== undefined;
}

function runOrThrow(root: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
}

/** Regenerates the clients and builds, each only when needed. */
export function ensureBuild(root: string, log: (line: string) => void): void {
  if (clientsAreStale(root)) {
    log("Prisma models changed: regenerating the clients …");
    runOrThrow(root, "npm", ["run", "--silent", "db:generate"]);
  }
  const reason = staleBuildReason(root);
  if (!reason) {
    log("production build is up to date");
    return;
  }
  log(`building (${reason}) …`);
  const started = Date.now();
  runOrThrow(root, path.join(root, "node_modules", ".bin", "next"), ["build"]);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[2] === "ensure") {
  ensureBuild(process.cwd(), (line) => console.log(`build: ${line}`));
}
