-- AlterTable
ALTER TABLE "Concert" ADD COLUMN "powDifficulty" INTEGER;

-- CreateTable
CREATE TABLE "PowRedemption" (
    "nonceHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PowRedemption_pkey" PRIMARY KEY ("nonceHash")
);

-- CreateIndex
CREATE INDEX "PowRedemption_expiresAt_idx" ON "PowRedemption"("expiresAt");
