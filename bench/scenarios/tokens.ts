/** Waiting-room tokens through the real API (POST /api/v1/queue/tokens). */
import { mapLimit } from "../lib/client";
import type { Recorder } from "../lib/stats";
import type { TargetContext } from "./types";

export interface TokenView {
  token: string;
  status: "WAITING" | "ACTIVE" | "EXPIRED";
  position: number;
  pollAfterSeconds: number;
}

export async function issueTokens(
  ctx: TargetContext,
  concertId: string,
  fans: number[],
  rec: Recorder | null,
  concurrency: number,
): Promise<(TokenView | null)[]> {
  return mapLimit(fans, concurrency, async (fan) => {
    const res = await ctx.client.call<TokenView>(rec, "POST", "/api/v1/queue/tokens", { cookie: ctx.cookies[fan], body: { concertId } });
    return (res.status === 200 || res.status === 201) && res.json?.token ? res.json : null;
  });
}

/** Holds-concert tokens for the first `holdContenders` fans, all ACTIVE (the limit is above their number). */
export async function ensureHoldTokens(ctx: TargetContext): Promise<string[]> {
  if (ctx.state.holdTokens) return ctx.state.holdTokens;
  const fans = Array.from({ length: ctx.cfg.holdContenders }, (_, i) => i);
  if (ctx.cfg.activeLimit < fans.length)
    throw new Error(`BENCH_ACTIVE_LIMIT (${ctx.cfg.activeLimit}) must be >= BENCH_HOLD_CONTENDERS (${fans.length})`);
  const started = Date.now();
  let views = await issueTokens(ctx, ctx.data.holdsConcertId, fans, null, 20);
  // Admission may lag a moment behind issuing: poll until every token is ACTIVE.
  while (views.some((v) => v?.status !== "ACTIVE") && Date.now() - started < 30_000) {
    await new Promise((r) => setTimeout(r, 500));
    views = await issueTokens(ctx, ctx.data.holdsConcertId, fans, null, 20);
  }
  const missing = views.filter((v) => v?.status !== "ACTIVE").length;
  if (missing) throw new Error(`${missing} of ${fans.length} holds-concert tokens did not become ACTIVE`);
  ctx.state.holdTokens = views.map((v) => v!.token);
  ctx.log(`  ${fans.length} ACTIVE tokens for the holds concert in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ctx.state.holdTokens;
}
