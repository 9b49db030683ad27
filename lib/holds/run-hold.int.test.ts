/**
 * The hold's statements on a real database (TEST_DB=sqlite|postgres): the
 * function PostgreSQL runs is the one generated from hold-steps.ts, every
 * outcome comes out of the steps, and the token step's SQL agrees with
 * assertActiveToken on every kind of token.
 */
import { describe, expect, it } from "vitest";
import { getDb, getSql } from "@/lib/db";
import { newId } from "@/lib/db/ids";
import { assertActiveToken } from "@/lib/queue/require-active-token";
import { makeSchedule, makeUser } from "@/test/support/fixtures";
import { HOLD_FUNCTION, holdFunctionArgNames, holdFunctionBody } from "./hold-function";
import { runHold } from "./run-hold";

let seq = 0;
async function token(userId: string, concertId: string, data: { status: "WAITING" | "ACTIVE" | "EXPIRED"; expiresAt?: Date | null }) {
  const value = `tok-${newId()}`;
  await getDb().queueToken.create({ data: { token: value, userId, concertId, seq: ++seq, ...data } });
  return value;
}

const attempt = (user: string, seat: string, token: string | null, maxHolds = 4, maxTickets = 4) => {
  const now = new Date();
  return {
    id: newId(),
    user,
    seat,
    token,
    held_until: new Date(now.getTime() + 60_000),
    now,
    max_holds: maxHolds,
    max_tickets: maxTickets,
  };
};

describe("the hold's statements", () => {
  it("PostgreSQL runs the generated function; on both databases each step gives its outcome", async () => {
    const sql = getSql();
    if (sql.dialect === "postgresql") {
      const rows = await sql.rows<{ prosrc: string; proargnames: string[] }>(
        `SELECT "prosrc", "proargnames" FROM "pg_proc" WHERE "proname" = $1`,
        [HOLD_FUNCTION],
      );
      expect(rows).toEqual([{ prosrc: holdFunctionBody(), proargnames: holdFunctionArgNames() }]);
    }
    const { concertId, seatIds } = await makeSchedule(getDb());
    const [fan, other] = [await makeUser(getDb()), await makeUser(getDb())];
    const [mine, theirs] = [await token(fan.id, concertId, { status: "ACTIVE" }), await token(other.id, concertId, { status: "ACTIVE" })];
    expect((await runHold(sql, attempt(fan.id, "no-such-seat", mine))).outcome).toBe("NO_SEAT");
    expect((await runHold(sql, attempt(fan.id, seatIds[0]!, null))).outcome).toBe("TOKEN");
    expect((await runHold(sql, attempt(fan.id, seatIds[0]!, mine, 0))).outcome).toBe("HOLD_LIMIT_REACHED");
    expect((await runHold(sql, attempt(fan.id, seatIds[0]!, mine, 4, 0))).outcome).toBe("TICKET_LIMIT_REACHED");
    const held = await runHold(sql, attempt(fan.id, seatIds[0]!, mine));
    expect(held).toMatchObject({ outcome: "HELD", values: { number: 1, label: "A-1", price: 165_000, concert_id: concertId } });
    expect((await runHold(sql, attempt(other.id, seatIds[0]!, theirs))).outcome).toBe("SEAT_UNAVAILABLE");
    expect(await getDb().reservation.count({ where: { seatId: seatIds[0]!, status: "HELD" } })).toBe(1);
  });

  it("the token step admits exactly the tokens assertActiveToken admits", async () => {
    const sql = getSql();
    const { concertId, seatIds } = await makeSchedule(getDb());
    const { concertId: elsewhere } = await makeSchedule(getDb());
    const hour = 3_600_000;
    // One live token per fan and concert: each case has a fan of its own.
    const make = async (
      name: string,
      status: "WAITING" | "ACTIVE" | "EXPIRED" | null,
      opts: { owner?: string; concert?: string; expiresAt?: Date | null } = {},
    ) => {
      const fan = await makeUser(getDb());
      const value = status ? await token(opts.owner ?? fan.id, opts.concert ?? concertId, { status, expiresAt: opts.expiresAt }) : null;
      return [name, { fan: fan.id, value }] as const;
    };
    const other = await makeUser(getDb());
    const cases = await Promise.all([
      make("missing", null),
      make("another fan's", "ACTIVE", { owner: other.id }),
      make("another concert's", "ACTIVE", { concert: elsewhere }),
      make("waiting", "WAITING"),
      make("expired", "EXPIRED"),
      make("active, past its TTL", "ACTIVE", { expiresAt: new Date(Date.now() - hour) }),
      make("active, in its TTL", "ACTIVE", { expiresAt: new Date(Date.now() + hour) }),
      make("active, no TTL", "ACTIVE", { expiresAt: null }),
    ]);
    cases.push(["unknown", { fan: other.id, value: "no-such-token" }]);
    const verdicts: Record<string, [boolean, boolean]> = {};
    for (const [name, { fan, value }] of cases) {
      const a = attempt(fan, seatIds[0]!, value, 0);
      const row = value ? await getDb().queueToken.findUnique({ where: { token: value } }) : null;
      const ts = (() => {
        try {
          return Boolean(assertActiveToken(row, value ?? undefined, fan, concertId, a.now));
        } catch {
          return false;
        }
      })();
      verdicts[name] = [(await runHold(sql, a)).outcome !== "TOKEN", ts];
    }
    const admitted = ["active, in its TTL", "active, no TTL"];
    expect(verdicts).toEqual(Object.fromEntries(cases.map(([n]) => n).map((n) => [n, [admitted.includes(n), admitted.includes(n)]])));
  });
});
