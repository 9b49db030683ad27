"use server";

import { redirect } from "next/navigation";
import { authPagePath } from "@/lib/auth/return-path";
import { currentCaller, requireActionCaller } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { runAction, type ActionResult } from "@/lib/http/action";
import { validate } from "@/lib/http/body";
import { forgetJoinIntent, rememberJoinIntent } from "@/lib/http/join-intent";
import { actionQueueToken, readQueueCookie, writeQueueToken } from "@/lib/http/queue-cookie";
import { admitJoin } from "@/lib/queue/admit-join";
import { issueToken } from "@/lib/queue/issue-token";
import { leaveQueue } from "@/lib/queue/leave-queue";
import { idSchema } from "@/lib/validations/common";
import { joinQueueSchema } from "@/lib/validations/queue-pow";

function waitingRoomPath(concertId: string, scheduleId?: string): string {
  return `/concerts/${encodeURIComponent(concertId)}/queue${scheduleId ? `?date=${encodeURIComponent(scheduleId)}` : ""}`;
}

/**
 * "Join the queue": the same issueToken as POST /api/v1/queue/tokens (a fan
 * who already has a live token gets it back), kept in the httpOnly cookie,
 * then on to the waiting room. Signed-out fans sign in (or up) first and come
 * back to the waiting room, which finishes the join (lib/http/join-intent.ts).
 * `pow` is the solved proof-of-work challenge (components/queue/use-proof-of-work.ts).
 */
export async function joinQueueAction(concertId: string, scheduleId: string | undefined, pow?: unknown): Promise<ActionResult<never>> {
  const date = scheduleId && idSchema.safeParse(scheduleId).success ? scheduleId : undefined;
  const caller = await currentCaller();
  if (!caller) {
    if (!idSchema.safeParse(concertId).success) redirect(authPagePath("signIn", "/"));
    await rememberJoinIntent(concertId);
    redirect(authPagePath("signIn", waitingRoomPath(concertId, date)));
  }
  await forgetJoinIntent();
  const result = await runAction(async () => {
    const input = validate(joinQueueSchema, { concertId, pow });
    await admitJoin(caller.id, input.concertId, input.pow);
    const { view } = await issueToken(caller.id, input.concertId);
    await writeQueueToken(input.concertId, view.token);
  });
  if (!result.ok) return result;
  redirect(waitingRoomPath(concertId, date));
}

/** "Leave queue": frees the place (or the active slot) for the next fan and forgets the token. */
export async function leaveQueueAction(concertId: string): Promise<ActionResult<null>> {
  const result = await runAction(async () => {
    const caller = await requireActionCaller();
    // The fan's live token from any device: leaving on the laptop frees the place joined on the phone.
    const token = await actionQueueToken(caller.id, validate(idSchema, concertId, "concert id"));
    if (token) {
      try {
        await leaveQueue(caller.id, token);
      } catch (e) {
        // A token that is gone already is as good as left.
        if (!(e instanceof AppError && e.code === "NOT_FOUND")) throw e;
      }
    }
    await writeQueueToken(concertId, null);
    return null;
  });
  if (!result.ok) return result;
  redirect(`/concerts/${encodeURIComponent(concertId)}?left=1`);
}

/**
 * A browser without this concert's queue cookie (the fan joined on another
 * device) gets the fan's live token back in its cookie. `restored` is false
 * when there was nothing to restore: the fan has no live token, or the
 * cookie already had one.
 */
export async function restoreQueuePassAction(concertId: string): Promise<ActionResult<{ restored: boolean }>> {
  return runAction(async () => {
    const caller = await requireActionCaller();
    const id = validate(idSchema, concertId, "concert id");
    const had = Boolean((await readQueueCookie())[id]);
    const token = await actionQueueToken(caller.id, id);
    return { restored: !had && Boolean(token) };
  });
}
