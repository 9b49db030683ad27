"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import { refundBookingAction, releaseHoldAction, type StaffActionState } from "@/lib/actions/staff";
import { staffReasonSchema } from "@/lib/validations/admin";
import { useReportStaffOutcome } from "./staff-outcome";

const KINDS = {
  refund: { run: refundBookingAction, tone: "bg-red-600 hover:bg-red-700" },
  // amber-600 under white text was 3.19:1; amber-700 passes AA (4.5:1).
  release: { run: releaseHoldAction, tone: "bg-amber-700 hover:bg-amber-800" },
} as const;

/**
 * A staff action behind a confirmation dialog that asks why (the reason goes
 * to the audit log). The confirm button locks while the request runs, and the
 * server does the action at most once anyway. A failure stays in the dialog;
 * a success closes it and goes to the console's outcome region, because the
 * refreshed row no longer has this button (or its dialog).
 */
export function StaffActionButton({ kind, reservationId, summary }: { kind: keyof typeof KINDS; reservationId: string; summary: string }) {
  const k = KINDS[kind];
  const t = useTranslations("staff.action");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const reasonId = useId();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<Extract<StaffActionState, { ok: false }> | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const queryClient = useQueryClient();
  const report = useReportStaffOutcome();

  const open = () => {
    setReason("");
    setError(null);
    setFailure(null);
    dialogRef.current?.showModal();
  };
  const close = () => dialogRef.current?.close();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const parsed = staffReasonSchema.safeParse(reason);
    if (!parsed.success) {
      setError(t("reasonRequired"));
      return;
    }
    setError(null);
    startTransition(async () => {
      const outcome = await k.run(reservationId, parsed.data);
      if (!outcome.ok) {
        setFailure(outcome);
        return;
      }
      close();
      report(outcome.data);
      await queryClient.invalidateQueries({ queryKey: ["admin"] });
      router.refresh();
    });
  };

  return (
    <>
      <button type="button" onClick={open} className={`rounded px-2 py-1 text-xs font-semibold text-white ${k.tone}`}>
        {t(`${kind}.label`)}
      </button>
      <dialog
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="m-auto w-full max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <form onSubmit={submit} className="space-y-4 p-5 text-left">
          <h2 id={titleId} className="text-lg font-semibold">
            {t(`${kind}.title`)}
          </h2>
          <p className="text-sm text-slate-700">{summary}</p>
          <div>
            <label htmlFor={reasonId} className="block text-sm font-medium">
              {t("reason")}
            </label>
            <textarea
              id={reasonId}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              rows={3}
              maxLength={500}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={`${reasonId}-error`}
              className="mt-1 w-full rounded border border-slate-300 p-2 text-sm"
            />
            <p id={`${reasonId}-error`} aria-live="polite" className="min-h-5 text-sm text-red-700">
              {error ?? failure?.message ?? ""}
            </p>
          </div>
          <div className="flex justify-end gap-2">
            <button type="button" onClick={close} className="rounded border border-slate-300 px-3 py-1.5 text-sm">
              {t("cancel")}
            </button>
            <button
              type="submit"
              disabled={pending}
              aria-busy={pending}
              className={`rounded px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60 ${k.tone}`}
            >
              {pending ? t("working") : t(`${kind}.confirm`)}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
