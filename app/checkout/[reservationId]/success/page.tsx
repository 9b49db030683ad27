import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { concertTitleIn } from "@/lib/catalogue/in-locale";
import { PurchaseSteps } from "@/components/checkout/purchase-steps";
import { TierName } from "@/components/seats/tier-name";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LiveAnnouncement } from "@/components/ui/live-announcement";
import { VenueTime } from "@/components/ui/venue-time";
import { Money } from "@/components/ui/money";
import { requirePageCaller } from "@/lib/auth/require-page-caller";
import { loadReservation } from "@/app/page-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.success");
  return { title: t("meta") };
}

export default async function SuccessPage({ params }: { params: Promise<{ reservationId: string }> }) {
  const { reservationId } = await params;
  const caller = await requirePageCaller(`/checkout/${reservationId}/success`);
  const [r, t, tc, locale] = await Promise.all([
    loadReservation(caller.id, reservationId),
    getTranslations("checkout.success"),
    getTranslations("checkout"),
    getLocale(),
  ]);
  if (r.status !== "CONFIRMED") notFound();
  return (
    <>
      <div className="mx-auto max-w-lg">
        <PurchaseSteps current="done" />
      </div>
      <Card className="mx-auto max-w-lg text-center" data-testid="payment-success">
        <div aria-hidden="true" className="mx-auto grid size-14 place-items-center rounded-full bg-emerald-100 text-2xl text-emerald-700">
          ✓
        </div>
        <h1 className="mt-4 text-2xl font-bold tracking-tight">{t("title")}</h1>
        <LiveAnnouncement message={t("announce", { label: r.seat.label, title: concertTitleIn(locale, r) })} />
        <p className="mt-2 text-slate-600">
          {concertTitleIn(locale, r)} · <VenueTime iso={r.startsAt} />
        </p>
        <p className="mt-1 text-slate-600">
          {t.rich("seat", {
            label: r.seat.label,
            tier: () => <TierName tier={r.seat.tier} />,
            b: (chunks) => <strong>{chunks}</strong>,
            price: () => <Money amount={r.price} />,
          })}
        </p>
        <div className="mt-6 flex flex-col justify-center gap-3 sm:flex-row">
          {r.paymentId ? <ButtonLink href={`/receipts/${r.paymentId}`}>{tc("viewReceipt")}</ButtonLink> : null}
          <ButtonLink href="/bookings" variant="secondary">
            {t("bookings")}
          </ButtonLink>
        </div>
      </Card>
    </>
  );
}
