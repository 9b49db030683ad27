import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BookingList } from "@/components/bookings/booking-list";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCaller } from "@/lib/auth/require-page-caller";
import { reservationStatusSchema } from "@/lib/validations/reservations";
import { ScrollRow } from "@/components/ui/scroll-row";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookings");
  return { title: t("title") };
}

const TABS = [undefined, "HELD", "CONFIRMED", "EXPIRED", "CANCELLED"] as const;

export default async function BookingsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const { status: raw } = await searchParams;
  await requirePageCaller(`/bookings${raw ? `?status=${encodeURIComponent(raw)}` : ""}`);
  const parsed = reservationStatusSchema.safeParse(raw);
  const status = parsed.success ? parsed.data : undefined;
  const t = await getTranslations("bookings");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <nav aria-label={t("filter")} className="-mx-4 mb-5">
        <ScrollRow className="px-4">
          <ul className="flex w-max gap-2">
            {TABS.map((key) => (
              <li key={key ?? "all"}>
                <Link
                  href={key ? `/bookings?status=${key}` : "/bookings"}
                  aria-current={status === key ? "page" : undefined}
                  className={cn(
                    "block whitespace-nowrap rounded-full px-4 py-2 text-sm font-medium ring-1 ring-inset",
                    status === key ? "bg-slate-900 text-white ring-slate-900" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
                  )}
                >
                  {t(`tabs.${key ?? "all"}`)}
                </Link>
              </li>
            ))}
          </ul>
        </ScrollRow>
      </nav>
      <BookingList status={status} />
    </>
  );
}
