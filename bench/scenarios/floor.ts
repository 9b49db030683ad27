/** The framework's own ceiling: a route that touches no database. */
import { runLoad } from "../lib/load";
import type { Scenario } from "./types";

/**
 * Measured again at the end of the main phase: on a shared machine the
 * background load drifts, and the ratios use the mean of both floors.
 */
export const floorEnd: Scenario = {
  id: "floor-end",
  title: "floor again, after the main phase",
  phase: "main",
  kind: "read",
  needs: [],
  run: (ctx) => floor.run(ctx),
};

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
