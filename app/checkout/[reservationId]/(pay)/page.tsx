import type { Metadata } from "next";
import { CheckoutView } from "@/components/checkout/checkout-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCaller } from "@/lib/auth/require-page-caller";
import { loadReservation } from "@/app/page-data";
import { getWallet } from "@/lib/wallet/get-wallet";

export const metadata: Metadata = { title: "Checkout" };

export default async function CheckoutPage({ params }: { params: Promise<{ reservationId: string }> }) {
  const { reservationId } = await params;
  const caller = await requirePageCaller(`/checkout/${reservationId}`);
  const [reservation, wallet] = await Promise.all([loadReservation(caller.id, reservationId), getWallet(caller.id)]);
  return (
    <>
      <PageHeader title="Checkout" description="Check the details, then pay from your wallet." />
      <CheckoutView initial={reservation} initialBalance={wallet.balance} />
    </>
  );
}
