import Link from "next/link";
import { ScrollRegion } from "../ui/scroll-region";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/format/use-format";
import type { AuditEntry } from "@/lib/validations/admin";

const ACTIONS = ["REFUND", "RELEASE_HOLD", "SIGN_OUT_USER"] as const;
/** The catalogue's actions, labelled in its own namespace (messages/<locale>/catalogue.json). */
const CATALOGUE_ACTIONS = ["CREATE_CONCERT", "UPDATE_CONCERT", "ADD_SCHEDULE"] as const;

/** Who did what, when and why. */
export function AuditTable({ items }: { items: AuditEntry[] }) {
  const t = useTranslations("staff.audit");
  const tc = useTranslations("catalogue.auditActions");
  const format = useFormat();
  return (
    <ScrollRegion label={t("caption")} className="rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="px-3 py-2 text-left text-slate-600">{t("caption")}</caption>
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("cols.when")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("cols.who")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("cols.action")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("cols.reservation")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("cols.reason")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((a) => (
            <tr key={a.id}>
              <td className="whitespace-nowrap px-3 py-2">{format.date(a.createdAt)}</td>
              <td className="px-3 py-2">{a.actor.email}</td>
              <td className="px-3 py-2">
                {ACTIONS.find((k) => k === a.action)
                  ? t(`actions.${a.action as (typeof ACTIONS)[number]}`)
                  : CATALOGUE_ACTIONS.find((k) => k === a.action)
                    ? tc(a.action as (typeof CATALOGUE_ACTIONS)[number])
                    : a.action}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{a.reservationId ?? "—"}</td>
              <td className="px-3 py-2">{a.reason}</td>
            </tr>
          ))}
          {items.length === 0 && (
            <tr>
              <td colSpan={5} className="px-3 py-6 text-center text-slate-500">
                {t("none")}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </ScrollRegion>
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
