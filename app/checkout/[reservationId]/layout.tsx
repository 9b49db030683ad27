import { loadReservation } from "@/app/page-data";
import { requirePageCaller } from "@/lib/auth/require-page-caller";

/** Outside checkout's loading boundary: signed-out fans get a real redirect, unknown reservations a 404 status. */
export default async function CheckoutLayout({ children, params }: { children: React.ReactNode; params: Promise<{ reservationId: string }> }) {
  const { reservationId } = await params;
  const caller = await requirePageCaller(`/checkout/${reservationId}`);
  await loadReservation(caller.id, reservationId);
  return children;
}
