-- One payment may cover several seats (a basket): each reservation points at its payment.
ALTER TABLE "Reservation" ADD COLUMN "paymentId" TEXT;
UPDATE "Reservation" r SET "paymentId" = p."id" FROM "Payment" p WHERE p."reservationId" = r."id";
CREATE INDEX "Reservation_paymentId_idx" ON "Reservation"("paymentId");
ALTER TABLE "Reservation" ADD CONSTRAINT "Reservation_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Short human booking numbers; existing payments get one from random hex.
ALTER TABLE "Payment" ADD COLUMN "bookingNumber" TEXT;
UPDATE "Payment" SET "bookingNumber" = 'SP-' || upper(substr(md5(random()::text || "id"), 1, 4)) || '-' || upper(substr(md5("id" || random()::text), 1, 4));
ALTER TABLE "Payment" ALTER COLUMN "bookingNumber" SET NOT NULL;
CREATE UNIQUE INDEX "Payment_bookingNumber_key" ON "Payment"("bookingNumber");
