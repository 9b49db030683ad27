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
import { loadPayment, loadReservation } from "@/app/page-data";
import { idSchema } from "@/lib/validations/common";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.success");
  return { title: t("meta") };
}

/** After paying a basket: the payment named in `?payment=` (or the reservation's own), with every seat it bought. */
export default async function SuccessPage({
  params,
  searchParams,
}: {
  params: Promise<{ reservationId: string }>;
  searchParams: Promise<{ payment?: string }>;
}) {
  const [{ reservationId }, { payment }] = await Promise.all([params, searchParams]);
  const caller = await requirePageCaller(`/checkout/${reservationId}/success`);
  const [r, t, tc, tb, locale] = await Promise.all([
    loadReservation(caller.id, reservationId),
    getTranslations("checkout.success"),
    getTranslations("checkout"),
    getTranslations("basket.success"),
    getLocale(),
  ]);
  const paymentId = idSchema.safeParse(payment).success ? payment : r.paymentId;
  if (!paymentId) notFound();
  const p = await loadPayment(caller.id, paymentId);
  const labels = p.seats.map((s) => s.label).join(", ");
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
        <LiveAnnouncement message={tb("announce", { count: p.seats.length, labels, title: concertTitleIn(locale, p) })} />
        <p className="mt-2 text-slate-600">
          {concertTitleIn(locale, p)} · <VenueTime iso={p.startsAt} zone={p.timeZone} />
        </p>
        <ul className="mx-auto mt-3 max-w-xs space-y-1 text-sm text-slate-700" data-testid="success-seats">
          {p.seats.map((s) => (
            <li key={s.reservationId} className="flex justify-between gap-4">
              <span>
                <strong>{s.label}</strong> (<TierName tier={s.tier} />)
              </span>
              <Money amount={s.price} />
            </li>
          ))}
        </ul>
        <p className="mt-2 font-semibold">{tb.rich("seats", { count: p.seats.length, total: () => <Money amount={p.amount} /> })}</p>
        <div className="mt-6 flex flex-col justify-center gap-3 sm:flex-row">
          <ButtonLink href={`/receipts/${p.id}`}>{tc("viewReceipt")}</ButtonLink>
          <ButtonLink href="/bookings" variant="secondary">
            {t("bookings")}
          </ButtonLink>
        </div>
      </Card>
    </>
  );
}
