import { describe, expect, it } from "vitest";
import { isConnectionLost } from "./connection-lost";
import { replayTransaction, retryRead } from "./retry";

const lost = () => Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
// What Prisma throws for a query whose backend was terminated.
const prismaLost = () =>
  Object.assign(new Error("Raw query failed."), {
    code: "P2010",
    meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "postgres", code: "57P01" } } },
  });

describe("isConnectionLost", () => {
  it("knows pg's, Prisma's and the socket's ways of saying the connection died", () => {
    expect(isConnectionLost(lost())).toBe(true);
    expect(isConnectionLost(prismaLost())).toBe(true);
    expect(isConnectionLost(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isConnectionLost(new Error("Client has encountered a connection error and is not queryable"))).toBe(true);
    expect(isConnectionLost(Object.assign(new Error("read"), { code: "ECONNRESET" }))).toBe(true);
    expect(isConnectionLost(new Error("wrapped", { cause: lost() }))).toBe(true);
    // An unreachable server (Prisma P1001).
    expect(isConnectionLost({ code: "P1001", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } })).toBe(true);
  });

  it("leaves other errors alone", () => {
    expect(isConnectionLost(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isConnectionLost(new Error("Seat unavailable"))).toBe(false);
    expect(isConnectionLost(undefined)).toBe(false);
  });
});

describe("retryRead", () => {
  it("runs a read once more after a lost connection, and only once", async () => {
    let calls = 0;
    expect(await retryRead(async () => (++calls === 1 ? Promise.reject(lost()) : "rows"))).toBe("rows");
    expect(calls).toBe(2);
    calls = 0;
    await expect(retryRead(async () => (calls++, Promise.reject(lost())))).rejects.toThrow(/terminating/);
    expect(calls).toBe(2);
  });

  it("does not retry other errors", async () => {
    let calls = 0;
    await expect(retryRead(async () => (calls++, Promise.reject(new Error("bad"))))).rejects.toThrow("bad");
    expect(calls).toBe(1);
  });
});

describe("replayTransaction", () => {
  /** A transaction whose connection dies at `dieAt` ("body" or "commit") on the first run. */
  function begin(dieAt: "body" | "commit") {
    let runs = 0;
    const fn = async (body: (tx: number) => Promise<string>) => {
      runs++;
      if (dieAt === "body" && runs === 1) {
        await body(runs).then(() => undefined);
        throw lost();
      }
      const result = await body(runs);
      if (dieAt === "commit" && runs === 1) throw lost();
      return result;
    };
    return { fn, runs: () => runs };
  }

  it("replays a transaction whose connection died before its body finished", async () => {
    let bodies = 0;
    const t = begin("body");
    // The body's own query fails on the first run: the body has not finished.
    const body = async (tx: number) => {
      bodies++;
      if (tx === 1) throw lost();
      return "done";
    };
    expect(await replayTransaction(t.fn, body)).toBe("done");
    expect([t.runs(), bodies]).toEqual([2, 2]);
  });

  it("does not replay once the body finished (the loss was at COMMIT: outcome unknown)", async () => {
    const t = begin("commit");
    await expect(replayTransaction(t.fn, async () => "done")).rejects.toThrow(/terminating/);
    expect(t.runs()).toBe(1);
  });
});
