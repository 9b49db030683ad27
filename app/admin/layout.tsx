import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccessDenied } from "@/components/admin/access-denied";
import { AdminNav } from "@/components/admin/admin-nav";
import { AdminQueryProvider } from "@/components/admin/admin-query-provider";
import { currentCaller } from "@/lib/auth/session";

export const metadata: Metadata = { title: { default: "Staff console", template: "%s · Staff · StagePass" }, robots: { index: false } };

/** First gate of the console; every page and every action checks again. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const caller = await currentCaller();
  if (!caller) redirect("/signin?callbackUrl=%2Fadmin");
  if (caller.role !== "ADMIN") return <AccessDenied />;
  return (
    <AdminQueryProvider>
      {/* No <main> here: the root layout owns the page's one main landmark. */}
      <div>
        <header className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3">
          <Link href="/admin" className="font-bold">
            StagePass <span className="text-brand-600">Staff</span>
          </Link>
          <AdminNav />
        </header>
        {children}
      </div>
    </AdminQueryProvider>
  );
}
