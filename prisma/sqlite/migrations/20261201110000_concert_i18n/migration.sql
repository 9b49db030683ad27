-- English renderings of a concert's texts and the venue's time zone (issue 11 point 6, issue 15 point 4).
ALTER TABLE "Concert" ADD COLUMN "titleEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Concert" ADD COLUMN "artistEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Concert" ADD COLUMN "venueEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Concert" ADD COLUMN "descriptionEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Concert" ADD COLUMN "timeZone" TEXT NOT NULL DEFAULT 'Asia/Seoul';
