import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LiveAnnouncement } from "@/components/ui/live-announcement";
import { LocalTime } from "@/components/ui/local-time";
import { Money } from "@/components/ui/money";
import { requirePageCaller } from "@/lib/auth/require-page-caller";
import { loadReservation } from "@/app/page-data";

export const metadata: Metadata = { title: "You're going!" };

export default async function SuccessPage({ params }: { params: Promise<{ reservationId: string }> }) {
  const { reservationId } = await params;
  const caller = await requirePageCaller(`/checkout/${reservationId}/success`);
  const r = await loadReservation(caller.id, reservationId);
  if (r.status !== "CONFIRMED") notFound();
  return (
    <Card className="mx-auto max-w-lg text-center" data-testid="payment-success">
      <div aria-hidden="true" className="mx-auto grid size-14 place-items-center rounded-full bg-emerald-100 text-2xl text-emerald-700">
        ✓
      </div>
      <h1 className="mt-4 text-2xl font-bold tracking-tight">Payment complete. You&apos;re going!</h1>
      <LiveAnnouncement message={`Payment complete. Seat ${r.seat.label} for ${r.concertTitle} is yours.`} />
      <p className="mt-2 text-slate-600">
        {r.concertTitle} · <LocalTime iso={r.startsAt} />
      </p>
      <p className="mt-1 text-slate-600">
        Seat <strong>{r.seat.label}</strong> ({r.seat.tier}) · <Money amount={r.price} />
      </p>
      <div className="mt-6 flex flex-col justify-center gap-3 sm:flex-row">
        {r.paymentId ? <ButtonLink href={`/receipts/${r.paymentId}`}>View receipt</ButtonLink> : null}
        <ButtonLink href="/bookings" variant="secondary">
          My bookings
        </ButtonLink>
      </div>
    </Card>
  );
}
