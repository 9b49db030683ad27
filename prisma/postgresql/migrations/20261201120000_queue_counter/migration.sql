-- The issue desk: joins take numbers from a row of their own, so a join never
-- waits for an admission (which locks "QueueState").
CREATE TABLE "QueueCounter" (
    "concertId" TEXT NOT NULL,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "QueueCounter_pkey" PRIMARY KEY ("concertId")
);

ALTER TABLE "QueueCounter" ADD CONSTRAINT "QueueCounter_concertId_fkey" FOREIGN KEY ("concertId") REFERENCES "Concert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "QueueCounter" ("concertId", "lastSeq") SELECT "concertId", "lastSeq" FROM "QueueState";

ALTER TABLE "QueueState" DROP COLUMN "lastSeq";
