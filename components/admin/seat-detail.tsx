import type { OccupancySeat } from "@/lib/validations/admin";
import { formatDateTime, formatWon } from "./format";
import { StaffActionButton } from "./staff-action-button";
import { StatusBadge } from "./status-badge";

/** Who holds or bought one seat, until when, whether they paid, and what staff can do about it. */
export function SeatDetail({ seat, when }: { seat: OccupancySeat; when: string }) {
  const summary = `Seat ${seat.label} (#${seat.number}), ${when}${seat.user ? ` · ${seat.user.name} (${seat.user.email})` : ""}`;
  return (
    <section aria-label={`Seat ${seat.label}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 className="text-lg font-semibold">
        Seat {seat.label}{" "}
        <span className="text-sm font-normal text-slate-500">
          #{seat.number} · {seat.tier} · {formatWon(seat.price)}
        </span>
      </h2>
      <p>
        <StatusBadge status={seat.status} />
      </p>
      {seat.user ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="text-slate-500">{seat.status === "SOLD" ? "Bought by" : "Held by"}</dt>
          <dd>
            {seat.user.name} <span className="text-slate-500">({seat.user.email})</span>
          </dd>
          {seat.status === "HELD" && (
            <>
              <dt className="text-slate-500">Hold until</dt>
              <dd>{formatDateTime(seat.heldUntil)}</dd>
            </>
          )}
          <dt className="text-slate-500">Paid</dt>
          <dd>{seat.paidAmount !== null ? `Yes, ${formatWon(seat.paidAmount)}` : "No"}</dd>
        </dl>
      ) : (
        <p className="text-slate-600">Nobody holds this seat; it is on sale.</p>
      )}
      {seat.reservationId && seat.status === "HELD" && (
        <StaffActionButton kind="release" reservationId={seat.reservationId} summary={summary} />
      )}
      {seat.reservationId && seat.status === "SOLD" && (
        <StaffActionButton kind="refund" reservationId={seat.reservationId} summary={summary} />
      )}
    </section>
  );
}
