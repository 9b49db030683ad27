import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccessDenied } from "@/components/admin/access-denied";
import { AdminQueryProvider } from "@/components/admin/admin-query-provider";
import { StaffOutcomeProvider } from "@/components/admin/staff-outcome";
import { authPagePath } from "@/lib/auth/return-path";
import { currentCaller } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.meta");
  return { title: { default: t("console"), template: t("template") }, robots: { index: false } };
}

/** First gate of the console; every page and every action checks again. Its header is the root's StaffHeader. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const caller = await currentCaller();
  if (!caller) redirect(authPagePath("signIn", "/admin"));
  if (caller.role !== "ADMIN") return <AccessDenied />;
  return (
    <AdminQueryProvider>
      {/* No <main> or container here: the root layout owns the page's one main landmark and its width. */}
      <StaffOutcomeProvider>{children}</StaffOutcomeProvider>
    </AdminQueryProvider>
  );
}
