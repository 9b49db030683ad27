"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { joinQueueAction } from "@/lib/actions/queue";
import type { ActionResult } from "@/lib/http/action";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { solveChallenge } from "./solve-challenge";

/** Challenge codes after which one fresh challenge is worth trying by itself. */
const RETRY_ONCE = new Set(["QUEUE_CHALLENGE_EXPIRED", "QUEUE_CHALLENGE_REUSED"]);

/**
 * "Join the queue" for a concert (optionally for one date). When the
 * concert asks for proof-of-work, the browser solves it in a Web Worker
 * first and says so ("Checking your browser…"). Signed-out fans are sent to
 * sign in and come back here; errors are shown in plain words. `autoStart`
 * presses it once on arrival: the waiting room finishing a join the fan
 * asked for before signing in.
 */
export function JoinQueueButton({
  concertId,
  scheduleId,
  label,
  size = "lg",
  variant = "primary",
  accessibleName,
  testId = "join-queue",
  autoStart = false,
}: {
  concertId: string;
  scheduleId?: string;
  label?: string;
  size?: "sm" | "md" | "lg";
  variant?: "primary" | "secondary";
  accessibleName?: string;
  testId?: string;
  autoStart?: boolean;
}) {
  const tQueue = useTranslations("queue");
  const t = useTranslations("defence.queue");
  const [checking, setChecking] = useState(false);
  const [state, action, pending] = useActionState<ActionResult<never> | null>(async () => {
    const attempt = async (): Promise<ActionResult<never>> => {
      let pow;
      try {
        pow = await solveChallenge(concertId, () => setChecking(true));
      } catch {
        return { ok: false, code: "CHALLENGE_FAILED", message: t("checkFailed"), errors: [] };
      } finally {
        setChecking(false);
      }
      // Outside the try: a successful join redirects, and that must reach Next.
      return joinQueueAction(concertId, scheduleId, pow);
    };
    const first = await attempt();
    return !first.ok && RETRY_ONCE.has(first.code) ? attempt() : first;
  }, null);
  // Once per page, even when development mode runs effects twice.
  const started = useRef(false);
  useEffect(() => {
    if (!autoStart || started.current) return;
    started.current = true;
    startTransition(action);
  }, [autoStart, action]);
  return (
    <form action={action} className="contents">
      <Button type="submit" size={size} variant={variant} loading={pending} aria-label={accessibleName} data-testid={testId}>
        {checking ? t("checking") : (label ?? tQueue("join"))}
      </Button>
      <p
        role="status"
        aria-live="polite"
        className={checking ? "mt-2 w-full text-sm text-slate-600" : "sr-only"}
        data-testid="pow-checking"
      >
        {checking ? t("checkingHint") : ""}
      </p>
      {state && !state.ok ? (
        <Alert tone="danger" className="mt-2 w-full">
          {state.message}
        </Alert>
      ) : null}
    </form>
  );
}
