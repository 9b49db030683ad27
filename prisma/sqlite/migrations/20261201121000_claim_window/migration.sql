-- Claim window: an admission lapses unless the fan claims it in time.
ALTER TABLE "QueueToken" ADD COLUMN "activeUntil" DATETIME;
ALTER TABLE "QueueToken" ADD COLUMN "claimedAt" DATETIME;

-- Admissions made before the claim window existed count as claimed.
UPDATE "QueueToken" SET "activeUntil" = "expiresAt", "claimedAt" = "activatedAt" WHERE "activatedAt" IS NOT NULL;
