"use client";

import { useLocale, useTranslations } from "next-intl";
import { concertTitleIn } from "@/lib/catalogue/in-locale";
import { VenueTime, useVenueDate } from "@/components/ui/venue-time";
import { useFormat } from "@/lib/format/use-format";
import type { Booking } from "@/lib/validations/admin";
import { StaffActionButton } from "./staff-action-button";
import { StaffTable } from "./staff-table";
import { StatusBadge } from "./status-badge";

/** Reservations with who, what, when (on each venue's clock), payment and the staff actions each one allows. */
export function BookingsTable({ items, caption }: { items: Booking[]; caption: string }) {
  const t = useTranslations("staff.bookings");
  const locale = useLocale();
  const format = useFormat();
  const venueDate = useVenueDate();
  return (
    <StaffTable
      caption={caption}
      columns={[
        { label: t("cols.fan") },
        { label: t("cols.concert") },
        { label: t("cols.date") },
        { label: t("cols.seat") },
        { label: t("cols.status") },
        { label: t("cols.price"), numeric: true },
        { label: t("cols.when") },
        { label: t("cols.actions") },
      ]}
      empty={items.length === 0 ? t("none") : null}
    >
      {items.map((b) => {
        const when = (iso: string | null) => (iso ? venueDate(iso, "full", b.timeZone) : "—");
        const summary = t("summary", {
          name: b.user.name,
          email: b.user.email,
          title: concertTitleIn(locale, b),
          date: when(b.startsAt),
          label: b.seat.label,
          number: b.seat.number,
          price: format.money(b.price),
        });
        return (
          <tr key={b.reservationId}>
            <td className="px-3 py-2">
              <div className="font-medium">{b.user.name}</div>
              <div className="text-xs text-slate-500">{b.user.email}</div>
            </td>
            <td className="px-3 py-2">{concertTitleIn(locale, b)}</td>
            <td className="whitespace-nowrap px-3 py-2">
              <VenueTime iso={b.startsAt} zone={b.timeZone} />
            </td>
            <td className="px-3 py-2">
              {b.seat.label}
              {b.bookingNumber ? (
                <div className="font-mono text-xs text-slate-600" data-testid="booking-number">
                  {b.bookingNumber}
                </div>
              ) : null}
            </td>
            <td className="px-3 py-2">
              <StatusBadge status={b.status} />
            </td>
            <td className="px-3 py-2 text-right tabular-nums">{format.money(b.price)}</td>
            <td className="whitespace-nowrap px-3 py-2 text-xs">
              {b.status === "HELD" && <>{t("until", { time: when(b.heldUntil) })}</>}
              {b.status === "CONFIRMED" && <>{t("paid", { time: when(b.confirmedAt) })}</>}
              {b.status === "CANCELLED" && b.paymentId && <>{t("refunded")}</>}
            </td>
            <td className="px-3 py-2">
              {b.status === "HELD" && <StaffActionButton kind="release" reservationId={b.reservationId} summary={summary} />}
              {b.status === "CONFIRMED" && <StaffActionButton kind="refund" reservationId={b.reservationId} summary={summary} />}
            </td>
          </tr>
        );
      })}
    </StaffTable>
  );
}
