/** The framework's own ceiling: a route that touches no database. */
import { runLoad } from "../lib/load";
import type { Scenario } from "./types";

export const floor: Scenario = {
  id: "floor",
  title: "floor: GET /api/health/live",
  phase: "main",
  kind: "read",
  needs: [],
  async run(ctx) {
    const summary = await runLoad({
      url: ctx.url,
      connections: ctx.cfg.connections,
      durationSec: ctx.cfg.durationSec,
      warmupSec: ctx.cfg.warmupSec,
      build: () => ({ path: "/api/health/live" }),
    });
    return { summary };
  },
};
