/** The staff bookings list and its CSV export on a real database: filters, search, stable keyset pages. */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { makeSchedule, makeUser } from "@/test/support/fixtures";
import { buyAs, holdAs } from "@/test/support/purchases";
import { BOOKING_NUMBER_PATTERN } from "@/lib/payments/booking-number";
import { listBookings } from "./list-bookings";
import { EXPORT_PAGE_SIZE, streamBookingsCsv } from "./stream-bookings-csv";

const db = () => getDb();
let concertA: string;
let scheduleA: string;
let scheduleB: string;
let alice: { id: string; email: string };
let bob: { id: string; email: string };
const all: string[] = [];

beforeAll(async () => {
  alice = await makeUser(db(), { email: "alice.kim@test.local", name: "Alice Kim", balance: 2_000_000 });
  bob = await makeUser(db(), { email: "bob@test.local", name: "Bob Lee", balance: 2_000_000 });
  const a = await makeSchedule(db(), { title: "Alpha" });
  // Beta plays in London: staff read its times on that clock, not a fixed Seoul one.
  const b = await makeSchedule(db(), { title: "Beta", timeZone: "Europe/London" });
  [concertA, scheduleA, scheduleB] = [a.concertId, a.scheduleId, b.scheduleId];
  // Alice: 3 bought + 1 held on A; Bob: 2 bought on B, 1 held on A (seat #12 = "B-2").
  for (const i of [0, 1, 2]) all.push((await buyAs(alice.id, a.concertId, a.seatIds[i]!)).reservationId);
  all.push((await holdAs(alice.id, a.concertId, a.seatIds[20]!)).reservationId);
  for (const i of [0, 1]) all.push((await buyAs(bob.id, b.concertId, b.seatIds[i]!)).reservationId);
  all.push((await holdAs(bob.id, a.concertId, a.seatIds[11]!)).reservationId);
});

async function collect(filter: Parameters<typeof listBookings>[0], sort: "asc" | "desc", limit = 2) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const page = await listBookings(filter, { cursor, limit, sort });
    ids.push(...page.items.map((b) => b.reservationId));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error("pagination did not end");
}

describe("listBookings", () => {
  it("pages through everything without gaps or repeats, newest first and oldest first", async () => {
    const desc = await collect({}, "desc");
    expect(desc).toHaveLength(all.length);
    expect(new Set(desc).size).toBe(all.length);
    expect(desc).toEqual([...all].reverse());
    expect(await collect({}, "asc", 3)).toEqual(all);
  });

  it("returns the contract item shape", async () => {
    const { items } = await listBookings({ status: "CONFIRMED", q: "bob" }, { limit: 10 });
    expect(items).toHaveLength(2);
    expect(items[0]).toEqual({
      reservationId: expect.any(String),
      status: "CONFIRMED",
      user: { id: bob.id, email: "bob@test.local", name: "Bob Lee" },
      concertTitle: "Beta",
      concertTitleEn: null,
      timeZone: "Europe/London",
      startsAt: expect.any(String),
      seat: { id: expect.any(String), number: expect.any(Number), label: expect.any(String) },
      price: expect.any(Number),
      heldUntil: null,
      confirmedAt: expect.any(String),
      paymentId: expect.any(String),
      bookingNumber: expect.stringMatching(BOOKING_NUMBER_PATTERN),
    });
  });

  it("finds a booking by its booking number, in any case, and only that one", async () => {
    const { items } = await listBookings({ q: "alice.kim@", status: "CONFIRMED" }, { limit: 50 });
    const number = items[0]!.bookingNumber!;
    const found = await listBookings({ q: number.toLowerCase() }, { limit: 50 });
    expect(found.items.map((b) => [b.reservationId, b.bookingNumber])).toEqual([[items[0]!.reservationId, number]]);
    // A hold has no booking number yet.
    const held = await listBookings({ scheduleId: scheduleA, status: "HELD" }, { limit: 50 });
    expect(held.items.map((b) => b.bookingNumber)).toEqual([null, null]);
  });

  it("filters by concert, date and status", async () => {
    expect((await listBookings({ concertId: concertA }, { limit: 50 })).items).toHaveLength(5);
    expect((await listBookings({ scheduleId: scheduleB }, { limit: 50 })).items).toHaveLength(2);
    const held = await listBookings({ scheduleId: scheduleA, status: "HELD" }, { limit: 50 });
    expect(held.items.map((b) => b.user.email).sort()).toEqual(["alice.kim@test.local", "bob@test.local"]);
    expect(held.items.every((b) => b.heldUntil !== null && b.paymentId === null)).toBe(true);
  });

  it("searches by email, by name in any case, by seat label and by seat number", async () => {
    expect((await listBookings({ q: "alice.kim@" }, { limit: 50 })).items).toHaveLength(4);
    expect((await listBookings({ q: "BOB LEE" }, { limit: 50 })).items).toHaveLength(3);
    const bySeat = await listBookings({ scheduleId: scheduleA, q: "12" }, { limit: 50 });
    expect(bySeat.items.map((b) => [b.seat.number, b.user.email])).toEqual([[12, "bob@test.local"]]);
    const byLabel = await listBookings({ scheduleId: scheduleA, q: "B-2" }, { limit: 50 });
    expect(byLabel.items.map((b) => b.seat.label)).toEqual(["B-2"]);
    expect((await listBookings({ q: "nobody-at-all" }, { limit: 50 })).items).toEqual([]);
  });

  it("rejects a forged cursor with VALIDATION_FAILED", async () => {
    await expect(listBookings({}, { cursor: "not-a-cursor", limit: 5 })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });
});

describe("streamBookingsCsv", () => {
  it("writes each row's times with its own venue's offset", async () => {
    const reader = streamBookingsCsv({ status: "CONFIRMED" }, "asc").getReader();
    let text = "";
    for (let r = await reader.read(); !r.done; r = await reader.read()) text += new TextDecoder().decode(r.value);
    const rows = text.split("\r\n").filter((l) => l.includes("@test.local"));
    const times = (email: string) => rows.find((l) => l.includes(email))!.match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}/g);
    // Alice bought on Alpha (Seoul, +09:00 all year), Bob on Beta (London: +00:00 or +01:00 in summer).
    expect(times("alice.kim@test.local")).toEqual([expect.stringMatching(/\+09:00$/), expect.stringMatching(/\+09:00$/)]);
    expect(times("bob@test.local")).toEqual([expect.stringMatching(/\+0[01]:00$/), expect.stringMatching(/\+0[01]:00$/)]);
  });

  it("streams every matching row across several keyset pages, each once", async () => {
    const { scheduleId, seatIds } = await makeSchedule(db(), { title: 'Export, "quoted"' });
    const fan = await makeUser(db(), { name: '=HYPERLINK("x")' });
    const count = EXPORT_PAGE_SIZE * 2 + 37;
    // Ended reservations may repeat a seat, so a big history needs no extra seats.
    await db().reservation.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        userId: fan.id,
        seatId: seatIds[i % seatIds.length]!,
        scheduleId,
        price: 99_000,
        status: "EXPIRED" as const,
        createdAt: new Date(Date.now() - i * 1000),
      })),
    });
    const reader = streamBookingsCsv({ scheduleId }).getReader();
    let text = "";
    let chunks = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      text += new TextDecoder().decode(value);
    }
    const lines = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(
      "reservationId,status,userId,email,name,concert,startsAt,seatNumber,seatLabel,price,heldUntil,confirmedAt,paymentId",
    );
    expect(lines).toHaveLength(count + 1);
    expect(new Set(lines.slice(1).map((l) => l.split(",")[0])).size).toBe(count);
    expect(chunks).toBeGreaterThanOrEqual(3);
    // Formula-looking names are defused; quotes and commas are escaped.
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]).toContain(`"Export, ""quoted"""`);
  });
});
