import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { QueueControlsPanel } from "@/components/admin/queue-controls-panel";
import { getQueueControls } from "@/lib/admin/get-queue-controls";
import { inLocale } from "@/lib/catalogue/in-locale";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { isAppError } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("queue.title") };
}

export default async function QueueControlsPage({ params }: { params: Promise<{ concertId: string }> }) {
  const { concertId } = await params;
  await requireStaffPage(`/admin/queue/${concertId}`);
  const t = await getTranslations("queueControls");
  const locale = await getLocale();
  const controls = await getQueueControls(concertId).catch((e: unknown) => {
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "VALIDATION_FAILED")) notFound();
    throw e;
  });
  return (
    <div className="space-y-4">
      <Link href="/admin/queue" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title", { title: inLocale(locale, controls.title, controls.titleEn) })}</h1>
      <QueueControlsPanel controls={controls} />
    </div>
  );
}
