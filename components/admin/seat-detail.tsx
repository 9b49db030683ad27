import { useTranslations } from "next-intl";
import { VenueTime } from "@/components/ui/venue-time";
import { useFormat } from "@/lib/format/use-format";
import type { OccupancySeat } from "@/lib/validations/admin";
import { TierName } from "../seats/tier-name";
import { StaffActionButton } from "./staff-action-button";
import { StatusBadge } from "./status-badge";

/** Who holds or bought one seat, until when, whether they paid, and what staff can do about it. */
export function SeatDetail({ seat, when, timeZone }: { seat: OccupancySeat; when: string; timeZone: string }) {
  const t = useTranslations("staff.seat");
  const format = useFormat();
  const user = seat.user ? `${seat.user.name} (${seat.user.email})` : "none";
  const summary = t("summary", { label: seat.label, number: seat.number, when, user });
  return (
    <section aria-label={t("label", { label: seat.label })} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 className="text-lg font-semibold">
        {t("title", { label: seat.label })}{" "}
        <span className="text-sm font-normal text-slate-500">
          #{seat.number} · <TierName tier={seat.tier} /> · {format.money(seat.price)}
        </span>
      </h2>
      <p>
        <StatusBadge status={seat.status} />
      </p>
      {seat.user ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="text-slate-500">{seat.status === "SOLD" ? t("boughtBy") : t("heldBy")}</dt>
          <dd>
            {seat.user.name} <span className="text-slate-500">({seat.user.email})</span>
          </dd>
          {seat.status === "HELD" && (
            <>
              <dt className="text-slate-500">{t("until")}</dt>
              <dd>{seat.heldUntil ? <VenueTime iso={seat.heldUntil} zone={timeZone} /> : "—"}</dd>
            </>
          )}
          <dt className="text-slate-500">{t("paid")}</dt>
          <dd>{seat.paidAmount !== null ? t("paidYes", { amount: format.money(seat.paidAmount) }) : t("paidNo")}</dd>
        </dl>
      ) : (
        <p className="text-slate-600">{t("free")}</p>
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
