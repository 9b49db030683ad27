import { useLocale, useTranslations } from "next-intl";
import { ScrollRegion } from "../ui/scroll-region";
import { concertTitleIn } from "@/lib/catalogue/in-locale";
import { useFormat } from "@/lib/format/use-format";
import type { Booking } from "@/lib/validations/admin";
import { StaffActionButton } from "./staff-action-button";
import { StatusBadge } from "./status-badge";

/** Reservations with who, what, when, payment and the staff actions each one allows. */
export function BookingsTable({ items, caption }: { items: Booking[]; caption: string }) {
  const t = useTranslations("staff.bookings");
  const locale = useLocale();
  const format = useFormat();
  const when = (iso: string | null) => (iso ? format.date(iso) : "—");
  return (
    <ScrollRegion label={caption} className="rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="px-3 py-2 text-left text-sm text-slate-600">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("cols.fan")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("cols.concert")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("cols.date")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("cols.seat")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("cols.status")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("cols.price")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("cols.when")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("cols.actions")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((b) => {
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
                <td className="whitespace-nowrap px-3 py-2">{when(b.startsAt)}</td>
                <td className="px-3 py-2">
                  {b.seat.label} <span className="text-xs text-slate-500">#{b.seat.number}</span>
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
          {items.length === 0 && (
            <tr>
              <td colSpan={8} className="px-3 py-6 text-center text-slate-500">
                {t("none")}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
