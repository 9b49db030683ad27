/**
 * Checks before loading: which routes the production build has (from its
 * route manifest, so a scenario whose API is not merged yet is skipped rather
 * than counted as 404s), and that a minted session cookie is accepted.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { TargetContext } from "../scenarios/types";

const shape = (p: string) => p.replace(/\{[^}]+\}|\[[^\]]+\]/g, "*");

export function builtRoutes(root: string): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  return new Set(Object.values(manifest).map(shape));
}

/** `needs` entries look like "POST /api/v1/reservations"; returns the ones the build lacks. */
export function missingRoutes(routes: Set<string>, needs: string[]): string[] {
  return needs.filter((need) => !routes.has(shape(need.split(" ")[1] ?? "")));
}

export async function verifySession(ctx: TargetContext): Promise<void> {
  const fan = ctx.data.fans[0]!;
  const res = await ctx.client.call<{ id?: string }>(null, "GET", "/api/v1/me", { cookie: ctx.cookies[0] });
  if (res.status !== 200 || res.json?.id !== fan.id) {
    throw new Error(`minted session cookie rejected: GET /api/v1/me → ${res.status} ${JSON.stringify(res.json)}`);
  }
}
