-- The whole hold in one round trip: the seat, the fan's queue token and the
-- decision (lib/holds/hold-seat.ts; on SQLite the same steps run in process).
-- Called outside an explicit transaction, it runs in its statement's own;
-- under READ COMMITTED each statement below sees a fresh snapshot, so the
-- count after the fan's row lock sees every hold the fan's earlier requests
-- committed.
--
-- o_outcome: NO_SEAT, TOKEN (the token is not the caller's ACTIVE token for
-- the seat's concert: o_token_* tell which way, nothing is written),
-- HOLD_LIMIT_REACHED, SEAT_UNAVAILABLE, or HELD.
CREATE FUNCTION "stagepass_hold_seat"(
  p_id TEXT,
  p_user TEXT,
  p_seat TEXT,
  p_token TEXT,
  p_held_until TIMESTAMP(3),
  p_now TIMESTAMP(3),
  p_max_holds INTEGER
) RETURNS TABLE (
  o_outcome TEXT,
  o_number INTEGER,
  o_label TEXT,
  o_price INTEGER,
  o_schedule_id TEXT,
  o_concert_id TEXT,
  o_token_user_id TEXT,
  o_token_concert_id TEXT,
  o_token_status TEXT,
  o_token_expires_at TIMESTAMP(3)
) LANGUAGE plpgsql AS $$
BEGIN
  SELECT s."number", s."label", s."price", s."scheduleId", d."concertId"
    INTO o_number, o_label, o_price, o_schedule_id, o_concert_id
    FROM "Seat" s JOIN "Schedule" d ON d."id" = s."scheduleId" WHERE s."id" = p_seat;
  IF NOT FOUND THEN
    o_outcome := 'NO_SEAT';
    RETURN NEXT;
    RETURN;
  END IF;
  SELECT t."userId", t."concertId", t."status"::TEXT, t."expiresAt"
    INTO o_token_user_id, o_token_concert_id, o_token_status, o_token_expires_at
    FROM "QueueToken" t WHERE t."token" = p_token;
  -- The rule of assertActiveToken (lib/queue/require-active-token.ts), which names the failure.
  IF o_token_user_id IS DISTINCT FROM p_user OR o_token_concert_id IS DISTINCT FROM o_concert_id
     OR o_token_status IS DISTINCT FROM 'ACTIVE' OR COALESCE(o_token_expires_at <= p_now, FALSE) THEN
    o_outcome := 'TOKEN';
    RETURN NEXT;
    RETURN;
  END IF;
  -- Serialises one fan's parallel holds, so the limit is counted exactly.
  UPDATE "User" SET "lockVersion" = "lockVersion" + 1 WHERE "id" = p_user;
  IF (SELECT COUNT(*) FROM "Reservation"
      WHERE "userId" = p_user AND "scheduleId" = o_schedule_id AND "status" = 'HELD' AND "heldUntil" > p_now) >= p_max_holds THEN
    o_outcome := 'HOLD_LIMIT_REACHED';
    RETURN NEXT;
    RETURN;
  END IF;
  -- The decision: the one request that finds the seat free (or its hold run out) wins.
  UPDATE "Seat" SET "status" = 'HELD', "holderId" = p_user, "heldUntil" = p_held_until
    WHERE "id" = p_seat AND ("status" = 'AVAILABLE' OR ("status" = 'HELD' AND "heldUntil" <= p_now));
  IF NOT FOUND THEN
    o_outcome := 'SEAT_UNAVAILABLE';
    RETURN NEXT;
    RETURN;
  END IF;
  -- The previous holder's run-out hold ends here, freeing the live-reservation index.
  UPDATE "Reservation" SET "status" = 'EXPIRED', "endedAt" = p_now, "updatedAt" = p_now
    WHERE "seatId" = p_seat AND "status" = 'HELD';
  INSERT INTO "Reservation" ("id", "userId", "seatId", "scheduleId", "status", "price", "heldUntil", "createdAt", "updatedAt")
    VALUES (p_id, p_user, p_seat, o_schedule_id, 'HELD', o_price, p_held_until, p_now, p_now);
  o_outcome := 'HELD';
  RETURN NEXT;
END
$$;
