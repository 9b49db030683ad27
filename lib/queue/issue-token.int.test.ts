/**
 * Joins take issue numbers without the admission lock: the number and the
 * token are one write, so a join that fails after taking its number leaves no
 * gap, and every position stays exact.
 */
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { makeSchedule, makeUser } from "@/test/support/fixtures";
import { getToken } from "./get-token";
import { issueToken } from "./issue-token";

const settings = { activeLimit: 5, activeTtlSeconds: 600, claimSeconds: 60 };

async function seqs(concertId: string): Promise<number[]> {
  const rows = await getDb().queueToken.findMany({ where: { concertId }, orderBy: { seq: "asc" }, select: { seq: true } });
  return rows.map((r) => r.seq);
}

describe("issueToken", () => {
  it("a join that fails mid-transaction (after its increment) leaves no gap and no wrong position", async () => {
    const { concertId } = await makeSchedule(getDb());
    const fans = await Promise.all(Array.from({ length: 30 }, () => makeUser(getDb())));
    // Unknown users: the token insert fails on its foreign key, after the counter was incremented.
    const ghosts = Array.from({ length: 10 }, (_, i) => `cghost${i}0000000000000000000`);
    const calls = [...fans.map((f) => f.id), ...ghosts].sort(() => Math.random() - 0.5);
    const results = await Promise.allSettled(calls.map((id) => issueToken(id, concertId, settings)));
    const failed = calls.filter((_, i) => results[i]!.status === "rejected");
    expect(failed.sort()).toEqual([...ghosts].sort());
    expect(await seqs(concertId)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect((await getDb().queueCounter.findUniqueOrThrow({ where: { concertId } })).lastSeq).toBe(30);

    const views = await Promise.all(
      fans.map(async (f) => {
        const t = await getDb().queueToken.findFirstOrThrow({ where: { userId: f.id, concertId }, select: { token: true, seq: true } });
        return { seq: t.seq, view: await getToken(f.id, t.token, settings) };
      }),
    );
    views.sort((x, y) => x.seq - y.seq);
    expect(views.slice(0, 5).map((v) => v.view.status)).toEqual(Array(5).fill("ACTIVE"));
    expect(views.slice(5).map((v) => v.view.position)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it("one fan's parallel joins give one token, and the next fan's number follows without a gap", async () => {
    const { concertId } = await makeSchedule(getDb());
    const fan = await makeUser(getDb());
    const results = await Promise.all(Array.from({ length: 20 }, () => issueToken(fan.id, concertId, settings)));
    expect(new Set(results.map((r) => r.view.token)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const next = await makeUser(getDb());
    await issueToken(next.id, concertId, settings);
    expect(await seqs(concertId)).toEqual([1, 2]);
  });
});
