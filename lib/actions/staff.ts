"use server";

import { revalidatePath } from "next/cache";
import { refundBooking } from "@/lib/admin/refund-booking";
import { releaseStuckHold } from "@/lib/admin/release-stuck-hold";
import { signOutFan } from "@/lib/admin/sign-out-fan";
import { requireStaffActionCaller } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { validate } from "@/lib/http/body";
import { staffActionSchema } from "@/lib/validations/admin";
import { idSchema } from "@/lib/validations/common";

export type StaffActionState = { ok: true; message: string } | { ok: false; code: string; message: string };

/** Runs a staff action for the console; the domain function re-checks the role in the database. */
async function run(work: (actorId: string) => Promise<string>): Promise<StaffActionState> {
  try {
    const caller = await requireStaffActionCaller();
    const message = await work(caller.id);
    revalidatePath("/admin", "layout");
    return { ok: true, message };
  } catch (e) {
    if (isAppError(e)) return { ok: false, code: e.code, message: e.errors?.[0]?.message ?? e.message };
    console.error("staff action failed", e);
    return { ok: false, code: "INTERNAL", message: "Something went wrong; nothing was changed. Try again." };
  }
}

export async function releaseHoldAction(reservationId: string, reason: string): Promise<StaffActionState> {
  return run(async (actorId) => {
    const id = validate(idSchema, reservationId, "reservation id");
    const input = validate(staffActionSchema, { reason });
    const r = await releaseStuckHold(actorId, id, input.reason);
    return `Hold on seat ${r.seat.label} released.`;
  });
}

export async function refundBookingAction(reservationId: string, reason: string): Promise<StaffActionState> {
  return run(async (actorId) => {
    const id = validate(idSchema, reservationId, "reservation id");
    const input = validate(staffActionSchema, { reason });
    const r = await refundBooking(actorId, id, input.reason);
    return `Refunded ₩${r.refundedAmount.toLocaleString("ko-KR")}; the fan's balance is now ₩${r.balanceAfter.toLocaleString("ko-KR")}.`;
  });
}

/** "Sign this fan out everywhere": the same signOutFan as POST /api/v1/admin/users/{userId}/sign-out. */
export async function signOutFanAction(userId: string, reason: string): Promise<StaffActionState> {
  return run(async (actorId) => {
    const id = validate(idSchema, userId, "user id");
    const input = validate(staffActionSchema, { reason });
    await signOutFan(actorId, id, input.reason);
    return "The fan is signed out on every device.";
  });
}
