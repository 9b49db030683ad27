import type { Metadata } from "next";
import Link from "next/link";
import { BookingList } from "@/components/bookings/booking-list";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCaller } from "@/lib/auth/require-page-caller";
import { reservationStatusSchema } from "@/lib/validations/reservations";

export const metadata: Metadata = { title: "My bookings" };

const TABS = [
  { key: undefined, label: "All" },
  { key: "HELD", label: "On hold" },
  { key: "CONFIRMED", label: "Confirmed" },
  { key: "EXPIRED", label: "Expired" },
  { key: "CANCELLED", label: "Cancelled" },
] as const;

export default async function BookingsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const { status: raw } = await searchParams;
  await requirePageCaller(`/bookings${raw ? `?status=${encodeURIComponent(raw)}` : ""}`);
  const parsed = reservationStatusSchema.safeParse(raw);
  const status = parsed.success ? parsed.data : undefined;
  return (
    <>
      <PageHeader title="My bookings" description="Seats on hold, tickets you bought, and holds that ran out." />
      <nav aria-label="Filter bookings" className="-mx-4 mb-5 overflow-x-auto px-4">
        <ul className="flex gap-2">
          {TABS.map((t) => (
            <li key={t.label}>
              <Link
                href={t.key ? `/bookings?status=${t.key}` : "/bookings"}
                aria-current={status === t.key ? "page" : undefined}
                className={cn(
                  "block whitespace-nowrap rounded-full px-4 py-2 text-sm font-medium ring-1 ring-inset",
                  status === t.key ? "bg-slate-900 text-white ring-slate-900" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
                )}
              >
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <BookingList status={status} />
    </>
  );
}
