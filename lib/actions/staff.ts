"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { refundBooking } from "@/lib/admin/refund-booking";
import { releaseStuckHold } from "@/lib/admin/release-stuck-hold";
import { signOutFan } from "@/lib/admin/sign-out-fan";
import { requireStaffActionCaller } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/http/action";
import { validate } from "@/lib/http/body";
import { formatterFor } from "@/lib/format";
import { staffActionSchema } from "@/lib/validations/admin";
import { idSchema } from "@/lib/validations/common";

export type StaffActionState = ActionResult<string>;

/**
 * Runs a staff action for the console through the one action runner (the same
 * error mapping as the API: SERVICE_BUSY with Retry-After, a logged INTERNAL
 * with a reference); the domain function re-checks the role in the database.
 * Resolves to the outcome message the console announces.
 */
async function run(work: (actorId: string) => Promise<string>): Promise<StaffActionState> {
  const result = await runAction(async () => work((await requireStaffActionCaller()).id));
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}

export async function releaseHoldAction(reservationId: string, reason: string): Promise<StaffActionState> {
  return run(async (actorId) => {
    const id = validate(idSchema, reservationId, "reservation id");
    const input = validate(staffActionSchema, { reason });
    const [r, t] = await Promise.all([releaseStuckHold(actorId, id, input.reason), getTranslations("staff.action")]);
    return t("released", { label: r.seat.label });
  });
}

export async function refundBookingAction(reservationId: string, reason: string): Promise<StaffActionState> {
  return run(async (actorId) => {
    const id = validate(idSchema, reservationId, "reservation id");
    const input = validate(staffActionSchema, { reason });
    const [r, t, locale] = await Promise.all([refundBooking(actorId, id, input.reason), getTranslations("staff.action"), getLocale()]);
    const format = formatterFor(locale);
    return t("refundedMsg", { amount: format.money(r.refundedAmount), balance: format.money(r.balanceAfter) });
  });
}

/** "Sign this fan out everywhere": the same signOutFan as POST /api/v1/admin/users/{userId}/sign-out. */
export async function signOutFanAction(userId: string, reason: string): Promise<StaffActionState> {
  return run(async (actorId) => {
    const id = validate(idSchema, userId, "user id");
    const input = validate(staffActionSchema, { reason });
    const [, t] = await Promise.all([signOutFan(actorId, id, input.reason), getTranslations("staff.action")]);
    return t("signedOutMsg");
  });
}
