"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { concertTitleIn } from "@/lib/catalogue/in-locale";
import { VenueTime, useVenueDate } from "@/components/ui/venue-time";
import { DEFAULT_TIME_ZONE } from "@/i18n/config";
import type { AuditEntry } from "@/lib/validations/admin";
import { StaffTable } from "./staff-table";

const ACTIONS = ["REFUND", "RELEASE_HOLD", "SIGN_OUT_USER"] as const;
/** The catalogue's actions, labelled in its own namespace (messages/<locale>/catalogue.json). */
const CATALOGUE_ACTIONS = ["CREATE_CONCERT", "UPDATE_CONCERT", "ADD_SCHEDULE"] as const;

/** Who did what, when (on the booking's venue clock, else the default venue's) and why. */
export function AuditTable({ items }: { items: AuditEntry[] }) {
  const t = useTranslations("staff.audit");
  const tc = useTranslations("catalogue.auditActions");
  const tb = useTranslations("basket.staff");
  const locale = useLocale();
  const venueDate = useVenueDate();
  return (
    <StaffTable
      caption={t("caption")}
      columns={[
        { label: t("cols.when") },
        { label: t("cols.who") },
        { label: t("cols.action") },
        { label: t("cols.reservation") },
        { label: t("cols.reason") },
      ]}
      empty={items.length === 0 ? t("none") : null}
    >
      {items.map((a) => (
        <tr key={a.id}>
          <td className="whitespace-nowrap px-3 py-2">
            <VenueTime iso={a.createdAt} zone={a.booking?.timeZone ?? DEFAULT_TIME_ZONE} />
          </td>
          <td className="px-3 py-2">{a.actor.email}</td>
          <td className="px-3 py-2">
            {ACTIONS.find((k) => k === a.action)
              ? t(`actions.${a.action as (typeof ACTIONS)[number]}`)
              : CATALOGUE_ACTIONS.find((k) => k === a.action)
                ? tc(a.action as (typeof CATALOGUE_ACTIONS)[number])
                : a.action}
          </td>
          <td className="px-3 py-2">
            {a.booking ? (
              <>
                <div className="font-medium">
                  {a.booking.user.name} <span className="text-xs text-slate-500">{a.booking.user.email}</span>
                </div>
                <div className="text-xs text-slate-600">
                  {tb("auditBooking", {
                    label: a.booking.seat.label,
                    title: concertTitleIn(locale, a.booking),
                    date: venueDate(a.booking.startsAt, "short", a.booking.timeZone),
                  })}
                </div>
                {a.booking.bookingNumber ? <div className="font-mono text-xs">{a.booking.bookingNumber}</div> : null}
              </>
            ) : (
              <span className="font-mono text-xs">{a.reservationId ?? "—"}</span>
            )}
          </td>
          <td className="px-3 py-2">{a.reason}</td>
        </tr>
      ))}
    </StaffTable>
  );
}

export function AuditPager({ cursor, nextCursor }: { cursor?: string; nextCursor: string | null }) {
  const t = useTranslations("staff.audit");
  return (
    <nav aria-label={t("pages")} className="flex gap-3 text-sm">
      {cursor && (
        <Link href="/admin/audit" className="text-brand-600 underline">
          {t("first")}
        </Link>
      )}
      {nextCursor && (
        <Link href={`/admin/audit?cursor=${encodeURIComponent(nextCursor)}`} className="text-brand-600 underline">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
