"use server";

import { revalidatePath } from "next/cache";
import { addSchedule } from "@/lib/admin/add-schedule";
import { createConcert } from "@/lib/admin/create-concert";
import { updateConcert } from "@/lib/admin/update-concert";
import { requireStaffActionCaller } from "@/lib/auth/session";
import { validate } from "@/lib/http/body";
import { runAction, type ActionResult } from "@/lib/http/action";
import { concertInputSchema, concertPatchSchema, scheduleInputSchema } from "@/lib/validations/catalogue-admin";
import { idSchema } from "@/lib/validations/common";

/** The staff catalogue page's actions: the same schemas and domain functions as /api/v1/admin/concerts…. */
export async function createConcertAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const caller = await requireStaffActionCaller();
    const concert = await createConcert(caller.id, validate(concertInputSchema, input, "concert form"));
    revalidatePath("/", "layout");
    return { id: concert.id };
  });
}

export async function updateConcertAction(concertId: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const caller = await requireStaffActionCaller();
    const id = validate(idSchema, concertId, "concert id");
    await updateConcert(caller.id, id, validate(concertPatchSchema, input, "concert form"));
    revalidatePath("/", "layout");
    return { id };
  });
}

export async function addScheduleAction(concertId: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const caller = await requireStaffActionCaller();
    const id = validate(idSchema, concertId, "concert id");
    const schedule = await addSchedule(caller.id, id, validate(scheduleInputSchema, input, "date form"));
    revalidatePath("/", "layout");
    return { id: schedule.id };
  });
}
