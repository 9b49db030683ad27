/**
 * The waiting room. queue-join issues tokens through the real API, enough to
 * fill every ACTIVE slot and leave BENCH_WAITING_FANS (5,000) waiting;
 * queue-poll then has waiting fans poll their place, each with its own cookie.
 */
import { runLoad } from "../lib/load";
import { Recorder } from "../lib/stats";
import { issueTokens } from "./tokens";
import type { Scenario, TargetContext } from "./types";

async function ensureQueueTokens(ctx: TargetContext, rec: Recorder | null): Promise<void> {
  if (ctx.state.queueTokens) return;
  const count = ctx.cfg.activeLimit + ctx.cfg.waitingFans;
  const fans = Array.from({ length: count }, (_, i) => i);
  const views = await issueTokens(ctx, ctx.data.queueConcertId, fans, rec, ctx.cfg.connections);
  rec?.end();
  ctx.state.queueTokens = views.map((v) => v?.token ?? null);
  ctx.state.waitingFans = views.flatMap((v, i) => (v?.status === "WAITING" ? [i] : []));
}

export const queueJoin: Scenario = {
  id: "queue-join",
  title: "queue join: POST /queue/tokens",
  phase: "main",
  kind: "write",
  needs: ["POST /api/v1/queue/tokens"],
  async run(ctx) {
    const rec = new Recorder();
    await ensureQueueTokens(ctx, rec);
    const issued = ctx.state.queueTokens!.filter(Boolean).length;
    const waiting = ctx.state.waitingFans.length;
    // What the database holds once every answer is in: the line as it stands, whatever each join was told.
    const stored = await ctx.db.queueToken.groupBy({
      by: ["status"],
      where: { concertId: ctx.data.queueConcertId },
      _count: { _all: true },
    });
    const held = (status: string) => stored.find((g) => g.status === status)?._count._all ?? 0;
    return {
      summary: rec.summary(),
      extra: { issued, waiting, active: issued - waiting },
      assertions: [
        {
          name: "every fan got a token",
          ok: issued === ctx.state.queueTokens!.length,
          detail: `${issued}/${ctx.state.queueTokens!.length}`,
        },
        {
          name: "exactly the active limit is admitted, the rest wait",
          ok: held("ACTIVE") === ctx.cfg.activeLimit && held("WAITING") === ctx.cfg.waitingFans,
          detail: `${held("ACTIVE")} ACTIVE, ${held("WAITING")} WAITING, expected ${ctx.cfg.activeLimit} and ${ctx.cfg.waitingFans}`,
        },
        {
          name: "no admitted fan was told to wait",
          ok: waiting === ctx.cfg.waitingFans,
          detail: `${waiting} answered WAITING, expected ${ctx.cfg.waitingFans}`,
        },
      ],
    };
  },
};

export const queuePoll: Scenario = {
  id: "queue-poll",
  title: "queue polling: GET /queue/tokens/{token}",
  phase: "main",
  kind: "read",
  needs: ["GET /api/v1/queue/tokens/{token}"],
  async run(ctx) {
    await ensureQueueTokens(ctx, null);
    const waiting = ctx.state.waitingFans;
    if (waiting.length === 0) throw new Error("no WAITING fans to poll");
    const tokens = ctx.state.queueTokens!;
    let next = 0;
    const summary = await runLoad({
      url: ctx.url,
      connections: ctx.cfg.connections,
      durationSec: ctx.cfg.durationSec,
      warmupSec: ctx.cfg.warmupSec,
      build: () => {
        const fan = waiting[next++ % waiting.length]!;
        return { path: `/api/v1/queue/tokens/${tokens[fan]}`, headers: { cookie: ctx.cookies[fan]! } };
      },
    });
    return { summary, extra: { waitingFans: waiting.length } };
  },
};
