/**
 * Holds. hold-one-seat: BENCH_HOLD_CONTENDERS (500) fans ask for the same seat
 * at once; exactly one may win. hold-spread: each connection holds a fresh
 * seat per request, walking through many dates, so writes do not collide.
 */
import { ApiClient } from "../lib/client";
import { runLoad } from "../lib/load";
import { Recorder } from "../lib/stats";
import { ensureHoldTokens } from "./tokens";
import type { Scenario } from "./types";

const NEEDS = ["POST /api/v1/queue/tokens", "POST /api/v1/reservations"];

export const holdOneSeat: Scenario = {
  id: "hold-one-seat",
  title: "500 concurrent holds on one seat",
  phase: "main",
  kind: "write",
  needs: NEEDS,
  async run(ctx) {
    const tokens = await ensureHoldTokens(ctx);
    const seatId = ctx.data.oneSeatSchedule.seats[0]!.id;
    // One connection per fan: the requests really are in flight together.
    const racers = new ApiClient(ctx.url, tokens.length);
    const rec = new Recorder();
    const results = await Promise.all(
      tokens.map((token, fan) =>
        racers.call<{ code?: string }>(rec, "POST", "/api/v1/reservations", {
          cookie: ctx.cookies[fan],
          queueToken: token,
          body: { seatId },
        }),
      ),
    );
    rec.end();
    await racers.close();
    const winners = results.filter((r) => r.status === 201).length;
    const unavailable = results.filter((r) => r.status === 409 && r.json?.code === "SEAT_UNAVAILABLE").length;
    const held = await ctx.db.reservation.count({ where: { seatId, status: "HELD" } });
    return {
      summary: rec.summary(),
      extra: { contenders: tokens.length, winners, seatUnavailable: unavailable },
      assertions: [
        {
          name: "exactly one winner",
          ok: winners === 1 && held === 1,
          detail: `${winners} got 201, ${held} HELD reservations in the database`,
        },
        { name: "the others get SEAT_UNAVAILABLE", ok: unavailable === tokens.length - 1, detail: `${unavailable} × 409 SEAT_UNAVAILABLE` },
      ],
    };
  },
};

export const holdSpread: Scenario = {
  id: "hold-spread",
  title: "holds spread over schedules: POST /reservations",
  phase: "main",
  kind: "write",
  needs: NEEDS,
  async run(ctx) {
    const tokens = await ensureHoldTokens(ctx);
    const seats = ctx.data.spreadSchedules.flatMap((s) => s.seats.map((seat) => seat.id));
    const c = ctx.cfg.connections;
    // Slot k*C + conn: every request takes a seat nobody else asks for, and
    // 50 consecutive slots (one date) belong to 50 different fans, so no fan
    // passes MAX_HOLDS_PER_USER and one fan's requests stay on one connection.
    const summary = await runLoad({
      url: ctx.url,
      connections: c,
      durationSec: ctx.cfg.durationSec,
      warmupSec: 0,
      amount: c * Math.floor(seats.length / c),
      build: ({ conn, sent }) => {
        const slot = sent * c + conn;
        const fan = slot % tokens.length;
        return {
          method: "POST",
          path: "/api/v1/reservations",
          headers: { cookie: ctx.cookies[fan]!, "x-queue-token": tokens[fan]!, "content-type": "application/json" },
          body: JSON.stringify({ seatId: seats[slot % seats.length] }),
        };
      },
    });
    const held = await ctx.db.reservation.count({
      where: { status: "HELD", scheduleId: { in: ctx.data.spreadSchedules.map((s) => s.id) } },
    });
    const won = summary.statuses["201"] ?? 0;
    return {
      summary,
      extra: { seatsAvailable: seats.length, heldInDb: held },
      // Requests in flight when the time bound stops the run may commit without their 201 being counted.
      assertions: [
        {
          name: "every 201 is a HELD row",
          ok: held >= won && held - won <= c,
          detail: `${won} × 201, ${held} HELD rows (at most ${c} may be in flight at the stop)`,
        },
      ],
    };
  },
};
