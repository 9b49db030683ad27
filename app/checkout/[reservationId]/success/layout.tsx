import { notFound } from "next/navigation";
import { loadReservation } from "@/app/page-data";
import { requirePageCaller } from "@/lib/auth/require-page-caller";

/**
 * Outside the success page's loading boundary: a reservation that is not paid
 * (or not the caller's) answers a real 404 instead of a streamed 200.
 */
export default async function SuccessLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ reservationId: string }>;
}) {
  const { reservationId } = await params;
  const caller = await requirePageCaller(`/checkout/${reservationId}/success`);
  const r = await loadReservation(caller.id, reservationId);
  if (r.status !== "CONFIRMED") notFound();
  return children;
}
