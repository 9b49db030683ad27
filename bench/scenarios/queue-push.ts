/**
 * How soon a waiting fan learns of their admission through the pushed
 * counter (GET /queue/concerts/{id}/events), measured end to end on the real
 * stack: on a line of its own with an active limit of 1, `pushFans` fans wait,
 * each with their stream open (through the proxy or nginx where the target
 * has one, so on two instances a leave and a stream often meet on different
 * servers and the push crosses PostgreSQL's NOTIFY). Then, one at a time, the
 * ACTIVE fan leaves; the time from sending that leave to the moment the next
 * fan's stream carries a servingSeq at or past their number is one sample.
 * The target: p95 < 1 s (issue 12).
 */
import { Recorder } from "../lib/stats";
import type { Scenario, TargetContext } from "./types";

interface Follower {
  issueNumber: number;
  token: string;
  cookie: string;
  /** Latest servingSeq this fan's stream delivered. */
  serving: number;
  /** Resolves the current wait when the stream reaches the fan's number. */
  reached: (() => void) | null;
  abort: AbortController;
  done: Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads one fan's stream until aborted, keeping `serving` current. */
async function follow(url: string, f: Follower): Promise<void> {
  const res = await fetch(url, { headers: { accept: "text/event-stream", cookie: f.cookie }, signal: f.abort.signal });
  if (res.status !== 200 || !res.body) throw new Error(`stream refused: ${res.status}`);
  const decoder = new TextDecoder();
  let buffer = "";
  const reader = res.body.getReader();
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) return;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const data = buffer
          .slice(0, end)
          .split("\n")
          .find((l) => l.startsWith("data: "));
        buffer = buffer.slice(end + 2);
        if (!data) continue;
        f.serving = Math.max(f.serving, (JSON.parse(data.slice(6)) as { servingSeq: number }).servingSeq);
        if (f.serving >= f.issueNumber) f.reached?.();
      }
    }
  } catch (e) {
    if (!f.abort.signal.aborted) throw e;
  }
}

/** Waits until the fan's stream reaches their number, or `timeoutMs` passes; true when it did. */
function reached(f: Follower, timeoutMs: number): Promise<boolean> {
  if (f.serving >= f.issueNumber) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      f.reached = null;
      resolve(false);
    }, timeoutMs);
    f.reached = () => {
      clearTimeout(timer);
      f.reached = null;
      resolve(true);
    };
  });
}

async function join(ctx: TargetContext, concertId: string, fan: number) {
  const cookie = ctx.cookies[fan]!;
  const res = await ctx.client.call<{ token: string; status: string; issueNumber: number }>(null, "POST", "/api/v1/queue/tokens", {
    cookie,
    body: { concertId },
  });
  if (res.status !== 201 && res.status !== 200) throw new Error(`join answered ${res.status}`);
  return { ...res.json!, cookie };
}

export const queuePush: Scenario = {
  id: "queue-push",
  title: "admission pushed: a slot frees, the next fan's stream says so",
  phase: "main",
  kind: "flow",
  needs: ["GET /api/v1/queue/concerts/{concertId}/events", "DELETE /api/v1/queue/tokens/{token}"],
  async run(ctx) {
    const concertId = ctx.data.pushConcertId;
    await ctx.db.concert.update({ where: { id: concertId }, data: { queueActiveLimit: 1 } });
    const count = Math.min(ctx.cfg.pushFans, ctx.cookies.length - 1);
    let active = await join(ctx, concertId, 0);
    const followers: Follower[] = [];
    for (let i = 1; i <= count; i++) {
      const joined = await join(ctx, concertId, i);
      followers.push({
        issueNumber: joined.issueNumber,
        token: joined.token,
        cookie: joined.cookie,
        serving: 0,
        reached: null,
        abort: new AbortController(),
        done: Promise.resolve(),
      });
    }
    // Opened after the joins, so a round-robin front spreads the streams over every instance.
    const refused: string[] = [];
    for (const f of followers)
      f.done = follow(`${ctx.url}/api/v1/queue/concerts/${concertId}/events`, f).catch((e: unknown) => {
        refused.push(e instanceof Error ? e.message : String(e));
        f.serving = -1;
      });
    // Every stream has sent its first counter before the first slot frees.
    for (const f of followers) while (f.serving === 0) await sleep(20);
    if (refused.length) throw new Error(`${refused.length} of ${count} streams failed: ${refused[0]}`);

    const rec = new Recorder();
    const leaves = new Recorder();
    let missed = 0;
    for (const next of followers) {
      const started = performance.now();
      const left = await ctx.client.call(leaves, "DELETE", `/api/v1/queue/tokens/${active.token}`, { cookie: active.cookie });
      if (left.status !== 204) throw new Error(`leave answered ${left.status}`);
      if (await reached(next, 10_000)) rec.record(200, performance.now() - started);
      else missed++;
      active = { token: next.token, cookie: next.cookie, status: "ACTIVE", issueNumber: next.issueNumber };
    }
    for (const f of followers) f.abort.abort();
    await Promise.allSettled(followers.map((f) => f.done));
    const summary = rec.summary();
    return {
      summary,
      extra: { pushFans: count, missed, leaveP50Ms: Math.round(leaves.summary().latency.p50) },
      assertions: [{ name: "every admission reached its fan's stream", ok: missed === 0, detail: `${missed} of ${count} missed` }],
    };
  },
};
