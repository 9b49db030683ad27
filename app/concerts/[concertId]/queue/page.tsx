import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { concertTexts } from "@/lib/catalogue/concert-texts";
import { JoinQueueButton } from "@/components/queue/join-queue-button";
import { WaitingRoom } from "@/components/queue/waiting-room";
import { Card } from "@/components/ui/card";
import { requirePageCaller } from "@/lib/auth/require-page-caller";
import { loadConcert } from "@/app/page-data";
import { isAppError } from "@/lib/errors";
import { wantsToJoin } from "@/lib/http/join-intent";
import { pageQueueToken } from "@/lib/http/queue-cookie";
import { getToken } from "@/lib/queue/get-token";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("queue");
  return { title: t("title") };
}

export default async function WaitingRoomPage({
  params,
  searchParams,
}: {
  params: Promise<{ concertId: string }>;
  searchParams: Promise<{ date?: string }>;
}) {
  const { concertId } = await params;
  const { date } = await searchParams;
  const t = await getTranslations("queue");
  const caller = await requirePageCaller(`/concerts/${concertId}/queue${date ? `?date=${encodeURIComponent(date)}` : ""}`);
  const loaded = await loadConcert(concertId);
  const shown = (await concertTexts([concertId], await getLocale())).get(concertId);
  const concert = shown ? { ...loaded, title: shown.title } : loaded;
  // Where an admitted fan goes: the date they chose, else the first date with seats.
  const chosen = concert.schedules.find((s) => s.id === date) ?? concert.schedules.find((s) => !s.soldOut);
  const nextHref = chosen ? `/concerts/${concertId}/dates/${chosen.id}` : `/concerts/${concertId}`;

  const token = await pageQueueToken(caller.id, concertId);
  const view = token
    ? await getToken(caller.id, token).catch((e: unknown) => {
        if (isAppError(e) && e.code === "NOT_FOUND") return null;
        throw e;
      })
    : null;
  if (view?.status === "ACTIVE") redirect(nextHref);
  // Back from signing in or up after pressing "Join the queue": the join carries on by itself.
  const joining = !view && (await wantsToJoin(concertId));

  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-1 text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
      <p className="mb-6 text-slate-600">{t("lead")}</p>
      {view ? (
        <WaitingRoom initial={view} concertId={concertId} concertTitle={concert.title} nextHref={nextHref} scheduleId={chosen?.id} />
      ) : (
        <Card className="text-center" data-testid="queue-missing">
          <h2 className="text-xl font-bold">{t(joining ? "joiningTitle" : "missingTitle", { title: concert.title })}</h2>
          <p className="mt-2 text-sm text-slate-600">{t(joining ? "joiningBody" : "missingBody")}</p>
          <div className="mt-6 flex justify-center">
            <JoinQueueButton concertId={concertId} scheduleId={chosen?.id} autoStart={joining} />
          </div>
        </Card>
      )}
    </div>
  );
}
