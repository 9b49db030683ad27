-- AlterTable
ALTER TABLE "Concert" ADD COLUMN "salesOpenAt" TIMESTAMP(3),
ADD COLUMN "queuePaused" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "queueActiveLimit" INTEGER,
ADD COLUMN "queueClaimSeconds" INTEGER;

-- AlterTable
ALTER TABLE "QueueCounter" ADD COLUMN "shuffledAt" TIMESTAMP(3),
ADD COLUMN "shuffleSeed" TEXT,
ADD COLUMN "preQueueSize" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "QueueToken" ADD COLUMN "joinSeq" INTEGER;
