"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { leaveQueueAction } from "@/lib/actions/queue";
import type { ActionResult } from "@/lib/http/action";
import { Button } from "../ui/button";

export function LeaveQueueButton({ concertId }: { concertId: string }) {
  const t = useTranslations("queue");
  const [state, action, pending] = useActionState<ActionResult<null> | null>(() => leaveQueueAction(concertId), null);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("leaveConfirm"))) e.preventDefault();
      }}
    >
      <Button type="submit" variant="ghost" size="sm" loading={pending} data-testid="leave-queue">
        {t("leave")}
      </Button>
      {state && !state.ok ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
