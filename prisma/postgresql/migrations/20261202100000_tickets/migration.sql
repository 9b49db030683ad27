-- Fan self-cancellation keeps its fee on the cancelled reservation (revenue).
ALTER TABLE "Reservation" ADD COLUMN "cancellationFee" INTEGER NOT NULL DEFAULT 0;

-- Check-ins at the door: the unique reservationId admits each ticket once.
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "reservationId" TEXT NOT NULL,
    "scheduleId" TEXT NOT NULL,
    "gate" TEXT,
    "staffId" TEXT NOT NULL,
    "checkedInAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CheckIn_reservationId_key" ON "CheckIn"("reservationId");
CREATE INDEX "CheckIn_scheduleId_idx" ON "CheckIn"("scheduleId");
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_reservationId_fkey" FOREIGN KEY ("reservationId") REFERENCES "Reservation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
