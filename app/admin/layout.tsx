import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccessDenied } from "@/components/admin/access-denied";
import { AdminNav } from "@/components/admin/admin-nav";
import { AdminQueryProvider } from "@/components/admin/admin-query-provider";
import { StaffOutcomeProvider } from "@/components/admin/staff-outcome";
import { currentCaller } from "@/lib/auth/session";

export const metadata: Metadata = { title: { default: "Staff console", template: "%s · Staff · StagePass" }, robots: { index: false } };

/** First gate of the console; every page and every action checks again. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const caller = await currentCaller();
  if (!caller) redirect("/signin?callbackUrl=%2Fadmin");
  if (caller.role !== "ADMIN") return <AccessDenied />;
  return (
    <AdminQueryProvider>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/admin" className="font-bold">
            StagePass <span className="text-brand-600">Staff</span>
          </Link>
          <AdminNav />
        </div>
      </header>
      <div className="mx-auto max-w-7xl px-4 py-6">
        <StaffOutcomeProvider>{children}</StaffOutcomeProvider>
      </div>
    </AdminQueryProvider>
  );
}
