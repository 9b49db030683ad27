/**
 * The staff catalogue API over HTTP: staff create a concert, edit it and add
 * a date with its own layout and prices; fans can then find and book it.
 * Role checked in the database, bad input is a 400, every change audited.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ApiClient, type ApiResponse } from "@/test/support/client";
import { makeUser } from "@/test/support/fixtures";
import { startServer, type AppServer } from "@/test/support/server";

let server: AppServer;
let admin: ApiClient;
let adminId: string;
let fan: ApiClient;

beforeAll(async () => {
  server = await startServer();
  const staff = await makeUser(getDb(), { role: "ADMIN", name: "Organiser" });
  adminId = staff.id;
  admin = new ApiClient(server.url);
  await admin.signIn(staff.email, staff.password);
  const fanUser = await makeUser(getDb(), { balance: 500_000 });
  fan = new ApiClient(server.url);
  await fan.signIn(fanUser.email, fanUser.password);
});
afterAll(async () => {
  await server.stop();
});

function expectProblem(res: ApiResponse, status: number, code: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  expect(res.json).toMatchObject({ status, code });
}

const concertBody = {
  title: "겨울 별빛",
  titleEn: "Winter Starlight",
  artist: "별빛 악단",
  artistEn: "Starlight Band",
  venue: "예술의전당, 서울",
  venueEn: "Seoul Arts Center",
  timeZone: "Asia/Seoul",
};
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().replace(/\.\d+Z$/, "Z");
const layout = () => ({
  startsAt: inAWeek(),
  tiers: [
    { name: "VIP", price: 150_000 },
    { name: "R", price: 90_000 },
  ],
  rows: [
    { label: "A", seats: 4, tier: "VIP" },
    { label: "B", seats: 6, tier: "R" },
  ],
});

describe("staff catalogue", () => {
  it("creates a concert, edits it, adds a date with its layout; fans see it and its seats; each step audited", async () => {
    const created = await admin.post("/api/v1/admin/concerts", concertBody);
    expect(created.status, created.text).toBe(201);
    expect(created.json).toMatchObject({ ...concertBody, description: "", descriptionEn: "" });
    const id = created.json.id as string;

    const edited = await admin.request("PATCH", `/api/v1/admin/concerts/${id}`, { json: { venueEn: "Seoul Arts Center, Opera House" } });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.json).toMatchObject({ id, title: "겨울 별빛", venueEn: "Seoul Arts Center, Opera House" });

    const date = await admin.post(`/api/v1/admin/concerts/${id}/schedules`, layout());
    expect(date.status, date.text).toBe(201);
    expect(date.json).toMatchObject({
      concertId: id,
      totalSeats: 10,
      tiers: [
        { name: "VIP", price: 150_000, seats: 4 },
        { name: "R", price: 90_000, seats: 6 },
      ],
    });

    const listed = await fan.get(`/api/v1/concerts/${id}/schedules`);
    expect(listed.json.items).toEqual([
      expect.objectContaining({ id: date.json.id, totalSeats: 10, availableSeats: 10, minPrice: 90_000, maxPrice: 150_000 }),
    ]);
    const seats = await getDb().seat.findMany({ where: { scheduleId: date.json.id }, orderBy: { number: "asc" } });
    expect(seats.map((s) => `${s.number}:${s.label}:${s.tier}:${s.price}:${s.status}`)).toEqual([
      "1:A-1:VIP:150000:AVAILABLE",
      "2:A-2:VIP:150000:AVAILABLE",
      "3:A-3:VIP:150000:AVAILABLE",
      "4:A-4:VIP:150000:AVAILABLE",
      ...[1, 2, 3, 4, 5, 6].map((n) => `${n + 4}:B-${n}:R:90000:AVAILABLE`),
    ]);
    const token = await fan.post("/api/v1/queue/tokens", { concertId: id });
    expect([200, 201]).toContain(token.status);

    const audit = await getDb().auditLog.findMany({ where: { actorId: adminId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["CREATE_CONCERT", "UPDATE_CONCERT", "ADD_SCHEDULE"]);
    expect(audit[1]!.reason).toContain("venueEn");
  });

  it("anonymous → 401, a fan → 403, a demoted admin → 403 (role from the database); nothing is created", async () => {
    const before = await getDb().concert.count();
    const anon = new ApiClient(server.url);
    expectProblem(await anon.post("/api/v1/admin/concerts", concertBody), 401, "UNAUTHENTICATED");
    expectProblem(await fan.post("/api/v1/admin/concerts", concertBody), 403, "FORBIDDEN");
    const former = await makeUser(getDb(), { role: "ADMIN" });
    const client = new ApiClient(server.url);
    await client.signIn(former.email, former.password);
    await getDb().user.update({ where: { id: former.id }, data: { role: "USER" } });
    expectProblem(await client.post("/api/v1/admin/concerts", concertBody), 403, "FORBIDDEN");
    const { id } = (await admin.post("/api/v1/admin/concerts", concertBody)).json as { id: string };
    expectProblem(await client.post(`/api/v1/admin/concerts/${id}/schedules`, layout()), 403, "FORBIDDEN");
    expectProblem(await client.request("PATCH", `/api/v1/admin/concerts/${id}`, { json: { title: "x" } }), 403, "FORBIDDEN");
    expect(await getDb().concert.count()).toBe(before + 1);
    expect(await getDb().concert.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: concertBody.title });
    expect(await getDb().schedule.count({ where: { concertId: id } })).toBe(0);
  });

  it("bad input is 400 VALIDATION_FAILED naming the field; an unknown concert is 404", async () => {
    const bad = await admin.post("/api/v1/admin/concerts", { ...concertBody, timeZone: "Mars/Olympus" });
    expectProblem(bad, 400, "VALIDATION_FAILED");
    expect(bad.json.errors).toEqual([expect.objectContaining({ path: "timeZone" })]);
    expectProblem(await admin.post("/api/v1/admin/concerts", { ...concertBody, title: "" }), 400, "VALIDATION_FAILED");
    const { json } = await admin.post("/api/v1/admin/concerts", concertBody);
    const cases: [string, unknown][] = [
      ["startsAt", { ...layout(), startsAt: "2001-01-01T10:00:00Z" }],
      ["rows.0.tier", { ...layout(), rows: [{ label: "A", seats: 4, tier: "GOLD" }] }],
      ["rows.0.label", { ...layout(), rows: [{ label: "a1", seats: 4, tier: "VIP" }] }],
      [
        "rows",
        { ...layout(), rows: Array.from({ length: 21 }, (_, i) => ({ label: `A${"BCDEFGHIJKLMNOPQRSTUV"[i]}`, seats: 100, tier: "VIP" })) },
      ],
      ["tiers.0.price", { ...layout(), tiers: [{ name: "VIP", price: -1 }], rows: [{ label: "A", seats: 1, tier: "VIP" }] }],
    ];
    for (const [path, body] of cases) {
      const res = await admin.post(`/api/v1/admin/concerts/${json.id}/schedules`, body);
      expectProblem(res, 400, "VALIDATION_FAILED");
      expect(
        res.json.errors.map((e: { path: string }) => e.path),
        path,
      ).toContain(path);
    }
    expectProblem(await admin.request("PATCH", `/api/v1/admin/concerts/${json.id}`, { json: {} }), 400, "VALIDATION_FAILED");
    expectProblem(await admin.request("PATCH", "/api/v1/admin/concerts/no-such-concert", { json: { title: "x" } }), 404, "NOT_FOUND");
    expectProblem(await admin.post("/api/v1/admin/concerts/no-such-concert/schedules", layout()), 404, "NOT_FOUND");
    expect(await getDb().schedule.count({ where: { concertId: json.id } })).toBe(0);
  });
});

describe("staff catalogue: the opening", () => {
  const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();
  const status = async (id: string) => (await fan.get(`/api/v1/queue/concerts/${id}/status`)).json;

  it("a concert created with salesOpenAt waits for it: pre-queue window, then the opening; audited", async () => {
    const opensAt = minutes(120);
    const later = await admin.post("/api/v1/admin/concerts", { ...concertBody, salesOpenAt: opensAt });
    expect(later.status, later.text).toBe(201);
    expect(Date.parse(later.json.salesOpenAt)).toBe(Date.parse(opensAt));
    await admin.post(`/api/v1/admin/concerts/${later.json.id}/schedules`, layout());
    expect(await status(later.json.id)).toMatchObject({ phase: "BEFORE_PRE_QUEUE", salesOpenAt: later.json.salesOpenAt });
    expectProblem(await fan.post("/api/v1/queue/tokens", { concertId: later.json.id }), 409, "QUEUE_NOT_OPEN");

    const soon = await admin.post("/api/v1/admin/concerts", { ...concertBody, salesOpenAt: minutes(10) });
    await admin.post(`/api/v1/admin/concerts/${soon.json.id}/schedules`, layout());
    expect(await status(soon.json.id)).toMatchObject({ phase: "PRE_QUEUE" });
    const joined = await fan.post("/api/v1/queue/tokens", { concertId: soon.json.id });
    expect(joined.status, joined.text).toBe(201);
    expect(joined.json).toMatchObject({ status: "WAITING", preQueue: { size: 1, salesOpenAt: soon.json.salesOpenAt } });

    const plain = await admin.post("/api/v1/admin/concerts", concertBody);
    expect(plain.json.salesOpenAt).toBeNull();
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { actorId: adminId, reason: { contains: later.json.id } } });
    expect(audit).toMatchObject({ action: "CREATE_CONCERT", reason: expect.stringContaining(`on sale at ${later.json.salesOpenAt}`) });
  });

  it("PATCH moves an opening that lies ahead; not once it has passed, nor for a concert on sale from the start", async () => {
    const { json: concert } = await admin.post("/api/v1/admin/concerts", { ...concertBody, salesOpenAt: minutes(120) });
    const to = minutes(20);
    const moved = await admin.request("PATCH", `/api/v1/admin/concerts/${concert.id}`, { json: { salesOpenAt: to } });
    expect(moved.status, moved.text).toBe(200);
    expect(Date.parse(moved.json.salesOpenAt)).toBe(Date.parse(to));
    expect(await status(concert.id)).toMatchObject({ phase: "PRE_QUEUE", salesOpenAt: moved.json.salesOpenAt });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "UPDATE_CONCERT", reason: { contains: concert.id } } });
    expect(audit.reason).toContain(`Edited salesOpenAt of ${concertBody.title}`);
    expect(audit.reason).toContain(`opening now ${moved.json.salesOpenAt}`);

    // Passed: the line exists, the time stays, and the rest of the request is not written either.
    await getDb().concert.update({ where: { id: concert.id }, data: { salesOpenAt: new Date(Date.now() - 1_000) } });
    const late = await admin.request("PATCH", `/api/v1/admin/concerts/${concert.id}`, {
      json: { salesOpenAt: minutes(30), venueEn: "Elsewhere" },
    });
    expectProblem(late, 409, "SALES_ALREADY_OPEN");
    expect(await getDb().concert.findUniqueOrThrow({ where: { id: concert.id } })).toMatchObject({ venueEn: concertBody.venueEn });

    const { json: open } = await admin.post("/api/v1/admin/concerts", concertBody);
    expectProblem(
      await admin.request("PATCH", `/api/v1/admin/concerts/${open.id}`, { json: { salesOpenAt: minutes(30) } }),
      409,
      "SALES_ALREADY_OPEN",
    );
    expect(await getDb().concert.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ salesOpenAt: null });
  });

  it("an opening in the past, without an offset or not a time is 400 VALIDATION_FAILED on salesOpenAt; nothing is written", async () => {
    const before = await getDb().concert.count();
    for (const salesOpenAt of ["2001-01-01T10:00:00Z", "2027-01-01T10:00:00", "tomorrow", 5]) {
      const res = await admin.post("/api/v1/admin/concerts", { ...concertBody, salesOpenAt });
      expectProblem(res, 400, "VALIDATION_FAILED");
      expect(
        res.json.errors.map((e: { path: string }) => e.path),
        String(salesOpenAt),
      ).toContain("salesOpenAt");
    }
    expect(await getDb().concert.count()).toBe(before);
    const { json: concert } = await admin.post("/api/v1/admin/concerts", { ...concertBody, salesOpenAt: minutes(60) });
    const past = await admin.request("PATCH", `/api/v1/admin/concerts/${concert.id}`, { json: { salesOpenAt: "2001-01-01T10:00:00Z" } });
    expectProblem(past, 400, "VALIDATION_FAILED");
    expect((await getDb().concert.findUniqueOrThrow({ where: { id: concert.id } })).salesOpenAt!.toISOString()).toBe(concert.salesOpenAt);
  });
});
