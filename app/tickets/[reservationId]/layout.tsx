import { loadTicket } from "@/app/page-data";
import { requirePageCaller } from "@/lib/auth/require-page-caller";

/** Outside the ticket's loading boundary: signed-out fans get a real redirect, unknown tickets a 404 status. */
export default async function TicketLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ reservationId: string }>;
}) {
  const { reservationId } = await params;
  const caller = await requirePageCaller(`/tickets/${reservationId}`);
  await loadTicket(caller.id, reservationId);
  return children;
}
