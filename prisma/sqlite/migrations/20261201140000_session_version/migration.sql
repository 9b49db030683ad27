-- Revocable sessions: every session JWT carries the version it was issued at; a bump ends them all.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
