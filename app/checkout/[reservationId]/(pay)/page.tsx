import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PurchaseSteps } from "@/components/checkout/purchase-steps";
import { CheckoutView } from "@/components/checkout/checkout-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCaller } from "@/lib/auth/require-page-caller";
import { loadReservation } from "@/app/page-data";
import { getWallet } from "@/lib/wallet/get-wallet";
import { configuredFeeSchedule } from "@/lib/cancellation/configured-schedule";
import { quoteCancellation } from "@/lib/cancellation/quote-cancellation";
import { isAppError } from "@/lib/errors";
import { queuePassOf } from "@/app/queue-pass";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout");
  return { title: t("title") };
}

export default async function CheckoutPage({ params }: { params: Promise<{ reservationId: string }> }) {
  const { reservationId } = await params;
  const [caller, t] = await Promise.all([requirePageCaller(`/checkout/${reservationId}`), getTranslations("checkout")]);
  const [reservation, wallet, quote] = await Promise.all([
    loadReservation(caller.id, reservationId),
    getWallet(caller.id),
    // A seat no longer on hold has nothing to quote; the view then shows why.
    quoteCancellation(caller.id, reservationId).catch((e: unknown) => {
      if (isAppError(e)) return undefined;
      throw e;
    }),
  ]);
  const pass = await queuePassOf(caller.id, reservation.concertId);
  return (
    <>
      <PurchaseSteps current="pay" />
      <PageHeader title={t("title")} description={t("description")} />
      <CheckoutView initial={reservation} initialBalance={wallet.balance} pass={pass} feeSchedule={configuredFeeSchedule()} quote={quote} />
    </>
  );
}
