import Link from "next/link";
import type { AuditEntry } from "@/lib/validations/admin";
import { formatDateTime } from "./format";

const ACTION_LABEL: Record<string, string> = { REFUND: "Refund", RELEASE_HOLD: "Release hold", SIGN_OUT_USER: "Sign out everywhere" };

/** Who did what, when and why. */
export function AuditTable({ items }: { items: AuditEntry[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="px-3 py-2 text-left text-slate-600">Staff actions, newest first</caption>
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2">
              When
            </th>
            <th scope="col" className="px-3 py-2">
              Who
            </th>
            <th scope="col" className="px-3 py-2">
              Action
            </th>
            <th scope="col" className="px-3 py-2">
              Reservation
            </th>
            <th scope="col" className="px-3 py-2">
              Reason
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((a) => (
            <tr key={a.id}>
              <td className="whitespace-nowrap px-3 py-2">{formatDateTime(a.createdAt)}</td>
              <td className="px-3 py-2">{a.actor.email}</td>
              <td className="px-3 py-2">{ACTION_LABEL[a.action] ?? a.action}</td>
              <td className="px-3 py-2 font-mono text-xs">{a.reservationId ?? "—"}</td>
              <td className="px-3 py-2">{a.reason}</td>
            </tr>
          ))}
          {items.length === 0 && (
            <tr>
              <td colSpan={5} className="px-3 py-6 text-center text-slate-500">
                No staff actions yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

export function AuditPager({ cursor, nextCursor }: { cursor?: string; nextCursor: string | null }) {
  return (
    <nav aria-label="Pages" className="flex gap-3 text-sm">
      {cursor && (
        <Link href="/admin/audit" className="text-brand-600 underline">
          First page
        </Link>
      )}
      {nextCursor && (
        <Link href={`/admin/audit?cursor=${encodeURIComponent(nextCursor)}`} className="text-brand-600 underline">
          Next page
        </Link>
      )}
    </nav>
  );
}
