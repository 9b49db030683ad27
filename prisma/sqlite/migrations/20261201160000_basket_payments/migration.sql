-- One payment may cover several seats (a basket): each reservation points at its payment.
ALTER TABLE "Reservation" ADD COLUMN "paymentId" TEXT REFERENCES "Payment" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
UPDATE "Reservation" SET "paymentId" = (SELECT p."id" FROM "Payment" p WHERE p."reservationId" = "Reservation"."id");
CREATE INDEX "Reservation_paymentId_idx" ON "Reservation"("paymentId");

-- Short human booking numbers; existing payments get one from random hex.
ALTER TABLE "Payment" ADD COLUMN "bookingNumber" TEXT NOT NULL DEFAULT '';
UPDATE "Payment" SET "bookingNumber" = 'SP-' || substr(hex(randomblob(2)), 1, 4) || '-' || substr(hex(randomblob(2)), 1, 4);
CREATE UNIQUE INDEX "Payment_bookingNumber_key" ON "Payment"("bookingNumber");
