import type { Booking } from "@/lib/validations/admin";
import { formatDateTime, formatWon } from "./format";
import { StaffActionButton } from "./staff-action-button";
import { StatusBadge } from "./status-badge";

/** Reservations with who, what, when, payment and the staff actions each one allows. */
export function BookingsTable({ items, caption }: { items: Booking[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="px-3 py-2 text-left text-sm text-slate-600">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2">
              Fan
            </th>
            <th scope="col" className="px-3 py-2">
              Concert
            </th>
            <th scope="col" className="px-3 py-2">
              Date
            </th>
            <th scope="col" className="px-3 py-2">
              Seat
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Price
            </th>
            <th scope="col" className="px-3 py-2">
              Hold until / paid
            </th>
            <th scope="col" className="px-3 py-2">
              Actions
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((b) => {
            const summary = `${b.user.name} (${b.user.email}) · ${b.concertTitle}, ${formatDateTime(b.startsAt)} · seat ${b.seat.label} (#${b.seat.number}) · ${formatWon(b.price)}`;
            return (
              <tr key={b.reservationId}>
                <td className="px-3 py-2">
                  <div className="font-medium">{b.user.name}</div>
                  <div className="text-xs text-slate-500">{b.user.email}</div>
                </td>
                <td className="px-3 py-2">{b.concertTitle}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatDateTime(b.startsAt)}</td>
                <td className="px-3 py-2">
                  {b.seat.label} <span className="text-xs text-slate-500">#{b.seat.number}</span>
                </td>
                <td className="px-3 py-2">
                  <StatusBadge status={b.status} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{formatWon(b.price)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-xs">
                  {b.status === "HELD" && <>until {formatDateTime(b.heldUntil)}</>}
                  {b.status === "CONFIRMED" && <>paid {formatDateTime(b.confirmedAt)}</>}
                  {b.status === "CANCELLED" && b.paymentId && <>refunded</>}
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
                No bookings match these filters.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
