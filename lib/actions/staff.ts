"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { refundBooking } from "@/lib/admin/refund-booking";
import { releaseStuckHold } from "@/lib/admin/release-stuck-hold";
import { signOutFan } from "@/lib/admin/sign-out-fan";
import { requireStaffActionCaller } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { validate } from "@/lib/http/body";
import { formatterFor } from "@/lib/format";
import { messageFor } from "@/lib/ui/error-messages";
import { staffActionSchema } from "@/lib/validations/admin";
import { idSchema } from "@/lib/validations/common";

export type StaffActionState = { ok: true; message: string } | { ok: false; code: string; message: string };

/** Runs a staff action for the console; the domain function re-checks the role in the database. */
async function run(work: (actorId: string) => Promise<string>): Promise<StaffActionState> {
  const [t, locale] = await Promise.all([getTranslations("staff.action"), getLocale()]);
  try {
    const caller = await requireStaffActionCaller();
    const message = await work(caller.id);
    revalidatePath("/admin", "layout");
    return { ok: true, message };
  } catch (e) {
    // English keeps the domain's precise detail; other languages get the code's message in that language.
    if (isAppError(e)) {
      const message = locale === "en" ? (e.errors?.[0]?.message ?? e.message) : messageFor(e.code, undefined, locale);
      return { ok: false, code: e.code, message };
    }
    console.error("staff action failed", e);
    return { ok: false, code: "INTERNAL", message: t("failed") };
  }
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
