/** Active fans reading a date's seat map; each connection is one fan. */
import { runLoad } from "../lib/load";
import { ensureHoldTokens } from "./tokens";
import type { Scenario } from "./types";

export const seatMap: Scenario = {
  id: "seat-map",
  title: "seat map: GET /schedules/{id}/seats",
  phase: "main",
  kind: "read",
  needs: ["POST /api/v1/queue/tokens", "GET /api/v1/schedules/{scheduleId}/seats"],
  async run(ctx) {
    const tokens = await ensureHoldTokens(ctx);
    const path = `/api/v1/schedules/${ctx.data.mapSchedule.id}/seats`;
    const summary = await runLoad({
      url: ctx.url,
      connections: ctx.cfg.connections,
      durationSec: ctx.cfg.durationSec,
      warmupSec: ctx.cfg.warmupSec,
      build: ({ conn }) => {
        const fan = conn % tokens.length;
        return { path, headers: { cookie: ctx.cookies[fan]!, "x-queue-token": tokens[fan]! } };
      },
    });
    return { summary };
  },
};
