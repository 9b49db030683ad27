"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { joinQueueAction } from "@/lib/actions/queue";
import type { ActionResult } from "@/lib/http/action";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/**
 * "Join the queue" for a concert (optionally for one date). Signed-out fans
 * are sent to sign in and come back here; errors are shown in plain words.
 */
export function JoinQueueButton({
  concertId,
  scheduleId,
  label,
  size = "lg",
  variant = "primary",
  accessibleName,
  testId = "join-queue",
}: {
  concertId: string;
  scheduleId?: string;
  label?: string;
  size?: "sm" | "md" | "lg";
  variant?: "primary" | "secondary";
  accessibleName?: string;
  testId?: string;
}) {
  const t = useTranslations("queue");
  const [state, action, pending] = useActionState<ActionResult<never> | null>(() => joinQueueAction(concertId, scheduleId), null);
  return (
    <form action={action} className="contents">
      <Button type="submit" size={size} variant={variant} loading={pending} aria-label={accessibleName} data-testid={testId}>
        {label ?? t("join")}
      </Button>
      {state && !state.ok ? (
        <Alert tone="danger" className="mt-2 w-full">
          {state.message}
        </Alert>
      ) : null}
    </form>
  );
}
