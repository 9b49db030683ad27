import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { QueueMonitor } from "@/components/admin/queue-monitor";
import { getQueueMonitor } from "@/lib/admin/get-queue-monitor";
import { requireStaffPage } from "@/lib/auth/require-staff-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("queue.title") };
}

export default async function QueuePage() {
  await requireStaffPage("/admin/queue");
  const [initial, t] = await Promise.all([getQueueMonitor(), getTranslations("staff.queue")]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <QueueMonitor initial={initial} />
    </div>
  );
}
