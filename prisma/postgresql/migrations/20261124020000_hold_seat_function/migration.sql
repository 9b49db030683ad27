-- The hold decision in one round trip (lib/holds/hold-seat.ts; on SQLite the
-- same statements run in one in-process transaction). Called outside an
-- explicit transaction, the function runs in its statement's own; under READ
-- COMMITTED each statement below sees a fresh snapshot, so the count after
-- the fan's row lock sees every hold the fan's earlier requests committed.
-- Returns HELD, HOLD_LIMIT_REACHED or SEAT_UNAVAILABLE (nothing held then).
CREATE FUNCTION "stagepass_hold_seat"(
  p_id TEXT,
  p_user TEXT,
  p_seat TEXT,
  p_schedule TEXT,
  p_price INTEGER,
  p_held_until TIMESTAMP(3),
  p_now TIMESTAMP(3),
  p_max_holds INTEGER
) RETURNS TEXT LANGUAGE plpgsql AS $$
BEGIN
  -- Serialises one fan's parallel holds, so the limit is counted exactly.
  UPDATE "User" SET "lockVersion" = "lockVersion" + 1 WHERE "id" = p_user;
  IF (SELECT COUNT(*) FROM "Reservation"
      WHERE "userId" = p_user AND "scheduleId" = p_schedule AND "status" = 'HELD' AND "heldUntil" > p_now) >= p_max_holds THEN
    RETURN 'HOLD_LIMIT_REACHED';
  END IF;
  -- The decision: the one request that finds the seat free (or its hold run out) wins.
  UPDATE "Seat" SET "status" = 'HELD', "holderId" = p_user, "heldUntil" = p_held_until
    WHERE "id" = p_seat AND ("status" = 'AVAILABLE' OR ("status" = 'HELD' AND "heldUntil" <= p_now));
  IF NOT FOUND THEN
    RETURN 'SEAT_UNAVAILABLE';
  END IF;
  -- The previous holder's run-out hold ends here, freeing the live-reservation index.
  UPDATE "Reservation" SET "status" = 'EXPIRED', "endedAt" = p_now, "updatedAt" = p_now
    WHERE "seatId" = p_seat AND "status" = 'HELD';
  INSERT INTO "Reservation" ("id", "userId", "seatId", "scheduleId", "status", "price", "heldUntil", "createdAt", "updatedAt")
    VALUES (p_id, p_user, p_seat, p_schedule, 'HELD', p_price, p_held_until, p_now, p_now);
  RETURN 'HELD';
END
$$;
