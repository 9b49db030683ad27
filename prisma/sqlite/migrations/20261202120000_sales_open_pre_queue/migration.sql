-- AlterTable
ALTER TABLE "Concert" ADD COLUMN "salesOpenAt" DATETIME;
ALTER TABLE "Concert" ADD COLUMN "queuePaused" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Concert" ADD COLUMN "queueActiveLimit" INTEGER;
ALTER TABLE "Concert" ADD COLUMN "queueClaimSeconds" INTEGER;

-- AlterTable
ALTER TABLE "QueueCounter" ADD COLUMN "shuffledAt" DATETIME;
ALTER TABLE "QueueCounter" ADD COLUMN "shuffleSeed" TEXT;
ALTER TABLE "QueueCounter" ADD COLUMN "preQueueSize" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "QueueToken" ADD COLUMN "joinSeq" INTEGER;
