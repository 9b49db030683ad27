import { loadReservation } from "@/app/page-data";
import { requirePageCaller } from "@/lib/auth/require-page-caller";

/**
 * Above every loading boundary of the reservation (the pay page keeps its own
 * in the (pay) group, success in its segment): signed-out fans get a real
 * redirect, unknown reservations a 404 status.
 */
export default async function CheckoutLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ reservationId: string }>;
}) {
  const { reservationId } = await params;
  const caller = await requirePageCaller(`/checkout/${reservationId}`);
  await loadReservation(caller.id, reservationId);
  return children;
}
