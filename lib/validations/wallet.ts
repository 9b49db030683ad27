import { z } from "zod";
import { formatMoney } from "../format/money";

export const MIN_CHARGE = 1_000;
export const MAX_CHARGE = 1_000_000;
/** No wallet may hold more than this; also a CHECK constraint in the database. */
export const MAX_BALANCE = 10_000_000;

/** The one definition of a valid top-up, used by the API, the server action and the form. */
export const chargeAmountSchema = z
  .number({ error: "Amount must be a whole number of won" })
  .int("Amount must be a whole number of won")
  .min(MIN_CHARGE, `The smallest top-up is ${formatMoney(MIN_CHARGE, "en")}`)
  .max(MAX_CHARGE, `The largest top-up is ${formatMoney(MAX_CHARGE, "en")}`);

export const chargeSchema = z.object({ amount: chargeAmountSchema });
export type ChargeInput = z.infer<typeof chargeSchema>;

export const walletSchema = z.object({ balance: z.number().int(), currency: z.literal("KRW") });

export const walletTransactionTypeSchema = z.enum(["CHARGE", "PAYMENT", "REFUND"]);

export const walletTransactionSchema = z.object({
  id: z.string(),
  type: walletTransactionTypeSchema,
  /** Signed: + for CHARGE and REFUND, - for PAYMENT. */
  amount: z.number().int(),
  balanceAfter: z.number().int(),
  reservationId: z.string().nullable(),
  createdAt: z.iso.datetime(),
  /** For PAYMENT and REFUND rows: the concert, date and seat the money moved for; null for top-ups. */
  booking: z
    .object({
      concertTitle: z.string(),
      concertTitleEn: z.string().nullable(),
      startsAt: z.iso.datetime(),
      /** The venue's zone: the row's date is shown on its clock. */
      timeZone: z.string(),
      seat: z.object({ label: z.string() }),
      paymentId: z.string().nullable(),
      bookingNumber: z.string().nullable(),
    })
    .nullable(),
});
export type WalletTransactionView = z.infer<typeof walletTransactionSchema>;

export const chargeResultSchema = z.object({
  balance: z.number().int(),
  transaction: walletTransactionSchema.pick({ id: true, type: true, amount: true, balanceAfter: true, createdAt: true }),
});
export type ChargeResult = z.infer<typeof chargeResultSchema>;
