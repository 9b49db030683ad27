/**
 * Waiting fans reading the public queue counter
 * (GET /queue/concerts/{id}/status), each with their own cookie, as the
 * waiting page does. On the postgresql-nginx target nginx answers from its
 * one-second cache; elsewhere the origin answers every read.
 *
 * "Fans kept fresh" follows the waiting page's schedule: the first 1,000 fans
 * read every 2 s, everyone behind them every 15 s, so a rate of R reads a
 * second serves 1,000 + (R − 500) × 15 fans.
 */
import { runLoad } from "../lib/load";
import type { Scenario } from "./types";

const FRONT_FANS = 1_000;
const FRONT_EVERY_SEC = 2;
const REST_EVERY_SEC = 15;

export function fansKeptFresh(readsPerSecond: number): number {
  const front = FRONT_FANS / FRONT_EVERY_SEC;
  if (readsPerSecond <= front) return Math.floor(readsPerSecond * FRONT_EVERY_SEC);
  return Math.floor(FRONT_FANS + (readsPerSecond - front) * REST_EVERY_SEC);
}

export const queueStatus: Scenario = {
  id: "queue-status",
  title: "queue counter: GET /queue/concerts/{id}/status",
  phase: "main",
  kind: "read",
  needs: ["GET /api/v1/queue/concerts/{concertId}/status"],
  async run(ctx) {
    const path = `/api/v1/queue/concerts/${ctx.data.queueConcertId}/status`;
    const probe = await fetch(`${ctx.url}${path}`);
    const cacheControl = probe.headers.get("cache-control") ?? "";
    await probe.arrayBuffer();
    const summary = await runLoad({
      url: ctx.url,
      connections: ctx.cfg.connections,
      durationSec: ctx.cfg.durationSec,
      warmupSec: ctx.cfg.warmupSec,
      build: ({ conn }) => ({ path, headers: { cookie: ctx.cookies[conn % ctx.cookies.length]! } }),
    });
    return {
      summary,
      extra: { fansKeptFresh: fansKeptFresh(summary.rps), cacheControl },
      assertions: [
        { name: "the counter is publicly cacheable", ok: /public/.test(cacheControl), detail: cacheControl || "no Cache-Control" },
      ],
    };
  },
};
