-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'USER',
    "balance" INTEGER NOT NULL DEFAULT 0,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- A wallet can never go below zero nor past the 10,000,000 won cap.
    CONSTRAINT "User_balance_range" CHECK ("balance" >= 0 AND "balance" <= 10000000)
);

-- CreateTable
CREATE TABLE "Concert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "artist" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "posterUrl" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Schedule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "concertId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    CONSTRAINT "Schedule_concertId_fkey" FOREIGN KEY ("concertId") REFERENCES "Concert" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Seat" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scheduleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "tier" TEXT NOT NULL,
    "price" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'AVAILABLE',
    "holderId" TEXT,
    "heldUntil" DATETIME,
    CONSTRAINT "Seat_price_positive" CHECK ("price" > 0),
    CONSTRAINT "Seat_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Seat_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QueueState" (
    "concertId" TEXT NOT NULL PRIMARY KEY,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "admittedSeq" INTEGER NOT NULL DEFAULT 0,
    "rateBaseSeq" INTEGER NOT NULL DEFAULT 0,
    "rateSince" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "QueueState_concertId_fkey" FOREIGN KEY ("concertId") REFERENCES "Concert" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QueueToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "token" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "concertId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'WAITING',
    "leftWaiting" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activatedAt" DATETIME,
    "expiresAt" DATETIME,
    "endedAt" DATETIME,
    CONSTRAINT "QueueToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QueueToken_concertId_fkey" FOREIGN KEY ("concertId") REFERENCES "Concert" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Reservation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "seatId" TEXT NOT NULL,
    "scheduleId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'HELD',
    "price" INTEGER NOT NULL,
    "heldUntil" DATETIME,
    "confirmedAt" DATETIME,
    "endedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Reservation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Reservation_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "Seat" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Reservation_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "reservationId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "paidAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "refundedAt" DATETIME,
    CONSTRAINT "Payment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Payment_reservationId_fkey" FOREIGN KEY ("reservationId") REFERENCES "Reservation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WalletTransaction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "balanceAfter" INTEGER NOT NULL CHECK ("balanceAfter" >= 0),
    "reservationId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WalletTransaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "statusCode" INTEGER NOT NULL,
    "responseBody" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IdempotencyRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "reservationId" TEXT,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AuditLog_reservationId_fkey" FOREIGN KEY ("reservationId") REFERENCES "Reservation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Schedule_concertId_startsAt_idx" ON "Schedule"("concertId", "startsAt");

-- CreateIndex
CREATE INDEX "Schedule_startsAt_idx" ON "Schedule"("startsAt");

-- CreateIndex
CREATE INDEX "Seat_scheduleId_status_idx" ON "Seat"("scheduleId", "status");

-- CreateIndex
CREATE INDEX "Seat_holderId_idx" ON "Seat"("holderId");

-- CreateIndex
CREATE UNIQUE INDEX "Seat_scheduleId_number_key" ON "Seat"("scheduleId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "QueueToken_token_key" ON "QueueToken"("token");

-- CreateIndex
CREATE INDEX "QueueToken_concertId_status_seq_idx" ON "QueueToken"("concertId", "status", "seq");

-- CreateIndex
CREATE INDEX "QueueToken_concertId_status_expiresAt_idx" ON "QueueToken"("concertId", "status", "expiresAt");

-- CreateIndex
CREATE INDEX "QueueToken_concertId_leftWaiting_seq_idx" ON "QueueToken"("concertId", "leftWaiting", "seq");

-- CreateIndex
CREATE INDEX "QueueToken_concertId_activatedAt_idx" ON "QueueToken"("concertId", "activatedAt");

-- CreateIndex
CREATE INDEX "QueueToken_userId_concertId_status_idx" ON "QueueToken"("userId", "concertId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "QueueToken_concertId_seq_key" ON "QueueToken"("concertId", "seq");

-- CreateIndex
CREATE INDEX "Reservation_userId_status_createdAt_idx" ON "Reservation"("userId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Reservation_userId_scheduleId_status_idx" ON "Reservation"("userId", "scheduleId", "status");

-- CreateIndex
CREATE INDEX "Reservation_seatId_status_idx" ON "Reservation"("seatId", "status");

-- CreateIndex
CREATE INDEX "Reservation_scheduleId_status_idx" ON "Reservation"("scheduleId", "status");

-- CreateIndex
CREATE INDEX "Reservation_status_heldUntil_idx" ON "Reservation"("status", "heldUntil");

-- CreateIndex
CREATE INDEX "Reservation_createdAt_id_idx" ON "Reservation"("createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_reservationId_key" ON "Payment"("reservationId");

-- CreateIndex
CREATE INDEX "Payment_userId_paidAt_idx" ON "Payment"("userId", "paidAt");

-- CreateIndex
CREATE INDEX "Payment_paidAt_idx" ON "Payment"("paidAt");

-- CreateIndex
CREATE INDEX "WalletTransaction_userId_createdAt_id_idx" ON "WalletTransaction"("userId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "WalletTransaction_reservationId_idx" ON "WalletTransaction"("reservationId");

-- CreateIndex
CREATE UNIQUE INDEX "IdempotencyRecord_userId_scope_key_key" ON "IdempotencyRecord"("userId", "scope", "key");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_id_idx" ON "AuditLog"("createdAt", "id");

-- Constraints Prisma's schema language cannot express. Each closes a race at
-- the database level, whatever the application code does:
-- at most one live (HELD or CONFIRMED) reservation per seat;
CREATE UNIQUE INDEX "Reservation_live_seat_key" ON "Reservation"("seatId") WHERE "status" IN ('HELD', 'CONFIRMED');
-- at most one live (WAITING or ACTIVE) queue token per user and concert.
CREATE UNIQUE INDEX "QueueToken_live_user_key" ON "QueueToken"("userId", "concertId") WHERE "status" IN ('WAITING', 'ACTIVE');
