"use client";

import Link from "next/link";
import { isApiError } from "@/lib/ui/api-client";
import { formatCountdown } from "@/lib/ui/format";
import type { ReservationView } from "@/lib/validations/reservations";
import { useNow } from "../hooks/use-now";
import { useReservations } from "../hooks/use-reservations";
import { Alert } from "../ui/alert";
import { Badge, type Tone } from "../ui/badge";
import { ButtonLink } from "../ui/button";
import { EmptyState } from "../ui/empty-state";
import { LocalTime } from "../ui/local-time";
import { Money } from "../ui/money";
import { Skeleton } from "../ui/skeleton";

type Status = ReservationView["status"];

const STATUS: Record<Status, { label: string; tone: Tone }> = {
  HELD: { label: "On hold", tone: "warning" },
  CONFIRMED: { label: "Confirmed", tone: "success" },
  EXPIRED: { label: "Expired", tone: "neutral" },
  CANCELLED: { label: "Cancelled", tone: "danger" },
};

export function BookingList({ status }: { status?: Status }) {
  const now = useNow();
  const q = useReservations(status, { refetchMs: 15_000 });
  if (q.isPending) {
    return (
      <div className="space-y-3" role="status" aria-label="Loading bookings">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-28 w-full rounded-2xl" />
        ))}
      </div>
    );
  }
  if (q.isError) return <Alert tone="danger">{isApiError(q.error) ? q.error.message : "Your bookings could not load."}</Alert>;
  if (q.data.items.length === 0) {
    return (
      <EmptyState
        title={status ? `No ${STATUS[status].label.toLowerCase()} bookings` : "No bookings yet"}
        action={<ButtonLink href="/">Browse concerts</ButtonLink>}
      >
        Seats you hold or buy will show up here.
      </EmptyState>
    );
  }
  return (
    <ul className="space-y-3" aria-label="Bookings" data-testid="booking-list">
      {q.data.items.map((r) => {
        const held = r.status === "HELD" && r.heldUntil && Date.parse(r.heldUntil) > now;
        const shown: Status = r.status === "HELD" && !held ? "EXPIRED" : r.status;
        return (
          <li
            key={r.id}
            className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:flex-row sm:items-center sm:justify-between sm:p-5"
            data-testid={`booking-${r.id}`}
          >
            <div className="min-w-0">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={STATUS[shown].tone}>{STATUS[shown].label}</Badge>
                <Link href={`/concerts/${r.concertId}`} className="font-semibold hover:underline">
                  {r.concertTitle}
                </Link>
              </div>
              <p className="mt-1 text-sm text-slate-600">
                <LocalTime iso={r.startsAt} /> · Seat {r.seat.label} ({r.seat.tier}) · <Money amount={r.price} />
              </p>
              {held ? (
                <p className="mt-1 text-sm font-medium text-amber-800">
                  Pay within <span className="font-mono tabular-nums">{formatCountdown(Date.parse(r.heldUntil ?? "") - now)}</span>
                </p>
              ) : null}
              {r.confirmedAt ? (
                <p className="mt-1 text-xs text-slate-500">
                  Paid <LocalTime iso={r.confirmedAt} style="short" />
                </p>
              ) : null}
            </div>
            <div className="flex gap-2">
              {held ? (
                <ButtonLink href={`/checkout/${r.id}`} size="sm">
                  Pay now
                </ButtonLink>
              ) : null}
              {r.status === "CONFIRMED" && r.paymentId ? (
                <ButtonLink href={`/receipts/${r.paymentId}`} size="sm" variant="secondary">
                  Receipt
                </ButtonLink>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
