import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditPager, AuditTable } from "@/components/admin/audit-table";
import { listAuditLog } from "@/lib/admin/list-audit-log";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { cursorQuerySchema } from "@/lib/validations/common";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("audit.title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  await requireStaffPage("/admin/audit");
  const { cursor: raw } = await searchParams;
  const parsed = cursorQuerySchema.safeParse({ cursor: typeof raw === "string" ? raw : undefined, limit: 50 });
  const query = parsed.success ? parsed.data : { limit: 50 };
  const [page, t] = await Promise.all([listAuditLog(query), getTranslations("staff.audit")]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <AuditTable items={page.items} />
      <AuditPager cursor={"cursor" in query ? query.cursor : undefined} nextCursor={page.nextCursor} />
    </div>
  );
}
