"use client";

import { useTranslations } from "next-intl";
import type { QueuePass } from "@/lib/validations/queue-pass";
import { Alert } from "../ui/alert";
import { ButtonLink } from "../ui/button";

/**
 * Why Pay is off when the fan has no turn in the queue for the concert, with
 * the way there: the waiting room when they are in line, else the queue.
 * `message` is the payment's own answer when it was refused for the token.
 */
export function QueuePassNotice({
  pass,
  concertId,
  scheduleId,
  message,
}: {
  pass: QueuePass;
  concertId: string;
  scheduleId: string;
  message?: string;
}) {
  const t = useTranslations("basket.queue");
  const waiting = pass === "WAITING";
  return (
    <Alert tone="warning" className="mt-4">
      <p>{message ?? (waiting ? t("waiting") : t("needTurn"))}</p>
      <ButtonLink href={`/concerts/${concertId}/queue?date=${scheduleId}`} size="sm" className="mt-2" data-testid="pay-queue-link">
        {waiting ? t("backToWaiting") : t("join")}
      </ButtonLink>
    </Alert>
  );
}
