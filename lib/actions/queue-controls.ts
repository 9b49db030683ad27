"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { setPowDifficulty } from "@/lib/admin/set-pow-difficulty";
import { setQueueControls } from "@/lib/admin/set-queue-controls";
import { requireStaffActionCaller } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/http/action";
import { validate } from "@/lib/http/body";
import { idSchema } from "@/lib/validations/common";
import { queueControlsInputSchema } from "@/lib/validations/queue-controls";
import { powDifficultyInputSchema } from "@/lib/validations/queue-pow";

/**
 * The console's live-control panel: the same setQueueControls and
 * setPowDifficulty as the staff API, audited with the one reason given.
 * `pow` is sent only when staff changed it.
 */
export async function setQueueControlsAction(
  concertId: string,
  controls: unknown,
  pow: { difficulty: number | null } | null,
  reason: string,
): Promise<ActionResult<string>> {
  const result = await runAction(async () => {
    const actorId = (await requireStaffActionCaller()).id;
    const id = validate(idSchema, concertId, "concert id");
    const input = controls ? validate(queueControlsInputSchema, { ...(controls as object), reason }) : null;
    const powInput = pow ? validate(powDifficultyInputSchema, { difficulty: pow.difficulty, reason }) : null;
    if (input) await setQueueControls(actorId, id, input);
    if (powInput) await setPowDifficulty(actorId, id, powInput.difficulty, powInput.reason);
    return (await getTranslations("queueControls"))("saved");
  });
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}
