"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const LINKS = [
  { href: "/admin", key: "overview" },
  { href: "/admin/concerts", key: "catalogue" },
  { href: "/admin/bookings", key: "bookings" },
  { href: "/admin/occupancy", key: "occupancy" },
  { href: "/admin/revenue", key: "revenue" },
  { href: "/admin/queue", key: "queue" },
  { href: "/admin/audit", key: "audit" },
  { href: "/admin/check-in", key: "checkIn" },
] as const;

export function AdminNav() {
  const t = useTranslations("staff.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-1">
      {LINKS.map((l) => {
        const current = l.href === "/admin" ? pathname === "/admin" : pathname.startsWith(l.href);
        return (
          <Link
            key={l.href}
            href={l.href}
            aria-current={current ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ${current ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-200"}`}
          >
            {t(l.key)}
          </Link>
        );
      })}
    </nav>
  );
}
