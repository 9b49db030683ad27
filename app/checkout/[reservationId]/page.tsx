import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CheckoutView } from "@/components/checkout/checkout-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCaller } from "@/lib/auth/require-page-caller";
import { isAppError } from "@/lib/errors";
import { getReservation } from "@/lib/reservations/get-reservation";
import { getWallet } from "@/lib/wallet/get-wallet";

export const metadata: Metadata = { title: "Checkout" };

export default async function CheckoutPage({ params }: { params: Promise<{ reservationId: string }> }) {
  const { reservationId } = await params;
  const caller = await requirePageCaller(`/checkout/${reservationId}`);
  const [reservation, wallet] = await Promise.all([
    getReservation(caller.id, reservationId).catch((e: unknown) => {
      if (isAppError(e) && e.code === "NOT_FOUND") notFound();
      throw e;
    }),
    getWallet(caller.id),
  ]);
  return (
    <>
      <PageHeader title="Checkout" description="Check the details, then pay from your wallet." />
      <CheckoutView initial={reservation} initialBalance={wallet.balance} />
    </>
  );
}
