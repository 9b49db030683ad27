import { AuditPager, AuditTable } from "@/components/admin/audit-table";
import { listAuditLog } from "@/lib/admin/list-audit-log";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { cursorQuerySchema } from "@/lib/validations/common";

export const metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  await requireStaffPage("/admin/audit");
  const { cursor: raw } = await searchParams;
  const parsed = cursorQuerySchema.safeParse({ cursor: typeof raw === "string" ? raw : undefined, limit: 50 });
  const query = parsed.success ? parsed.data : { limit: 50 };
  const page = await listAuditLog(query);
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <AuditTable items={page.items} />
      <AuditPager cursor={"cursor" in query ? query.cursor : undefined} nextCursor={page.nextCursor} />
    </main>
  );
}
