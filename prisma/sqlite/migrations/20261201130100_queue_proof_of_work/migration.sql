-- AlterTable
ALTER TABLE "Concert" ADD COLUMN "powDifficulty" INTEGER;

-- CreateTable
CREATE TABLE "PowRedemption" (
    "nonceHash" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "PowRedemption_expiresAt_idx" ON "PowRedemption"("expiresAt");
