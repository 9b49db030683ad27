"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setQueueControlsAction } from "@/lib/actions/queue-controls";
import { useFormat } from "@/lib/format/use-format";
import { instantToWallTime, wallTimeToInstant } from "@/lib/format/wall-time";
import { useVenueDate, VenueTime } from "../ui/venue-time";
import type { QueueControlsView } from "@/lib/validations/queue-controls";
import { Alert } from "../ui/alert";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Field } from "../ui/field";

/** "" = the server's setting (null); else the number typed. */
const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));
const asText = (n: number | null) => (n === null ? "" : String(n));

/**
 * Live control of one concert's line: pause or resume admission, the active
 * limit, the claim window, the proof-of-work difficulty and the opening
 * (while it lies ahead), all with one reason, audited. Shows the opening's
 * shuffle with its seed and whether the stored order follows from it.
 */
export function QueueControlsPanel({ controls }: { controls: QueueControlsView }) {
  const t = useTranslations("queueControls");
  const format = useFormat();
  const venueDate = useVenueDate();
  const [pending, start] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  // The opening is typed and shown on the venue's clock, whatever zone the browser is in.
  const opensLocal = controls.salesOpenAt ? instantToWallTime(controls.salesOpenAt, controls.timeZone) : "";
  const [form, setForm] = useState({
    activeLimit: asText(controls.activeLimit),
    claimSeconds: asText(controls.claimSeconds),
    pow: asText(controls.powDifficulty.difficulty),
    salesOpenAt: opensLocal,
    reason: "",
  });
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value });
  const upcoming = controls.salesOpenAt !== null && controls.shuffle === null;

  const submit = (paused?: boolean) =>
    start(async () => {
      const changes: Record<string, unknown> = {};
      if (paused !== undefined) changes.paused = paused;
      if (form.activeLimit !== asText(controls.activeLimit)) changes.activeLimit = numberOrNull(form.activeLimit);
      if (form.claimSeconds !== asText(controls.claimSeconds)) changes.claimSeconds = numberOrNull(form.claimSeconds);
      if (upcoming && form.salesOpenAt && form.salesOpenAt !== opensLocal) {
        // The field is venue time, converted with the zone's offset at that moment (DST included);
        // text that is not a time goes to the server as is, which answers VALIDATION_FAILED.
        changes.salesOpenAt = wallTimeToInstant(form.salesOpenAt, controls.timeZone) ?? form.salesOpenAt;
      }
      const pow = form.pow !== asText(controls.powDifficulty.difficulty) ? { difficulty: numberOrNull(form.pow) } : null;
      const result = await setQueueControlsAction(controls.concertId, Object.keys(changes).length ? changes : null, pow, form.reason);
      setOutcome(result.ok ? { ok: true, message: result.data } : { ok: false, message: result.message });
      if (result.ok) setForm((f) => ({ ...f, reason: "" }));
    });

  return (
    <div className="space-y-6" data-testid="queue-controls">
      <div className="flex flex-wrap items-center gap-3">
        <Badge tone={controls.paused ? "warning" : "success"}>{controls.paused ? t("paused") : t("running")}</Badge>
        <span className="text-sm text-slate-600">
          {t("limits", {
            limit: controls.effectiveActiveLimit,
            claim: controls.effectiveClaimSeconds,
            pow: controls.powDifficulty.effectiveDifficulty,
          })}
        </span>
      </div>
      <form
        className="grid gap-4 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Field
          label={t("activeLimit")}
          name="activeLimit"
          type="number"
          min={1}
          value={form.activeLimit}
          onChange={set("activeLimit")}
          hint={t("serverDefault")}
        />
        <Field
          label={t("claimSeconds")}
          name="claimSeconds"
          type="number"
          min={0}
          value={form.claimSeconds}
          onChange={set("claimSeconds")}
          hint={t("serverDefault")}
        />
        <Field
          label={t("pow")}
          name="pow"
          type="number"
          min={0}
          max={32}
          value={form.pow}
          onChange={set("pow")}
          hint={t("serverDefault")}
        />
        <Field
          label={t("salesOpenAt")}
          name="salesOpenAt"
          type="datetime-local"
          value={form.salesOpenAt}
          onChange={set("salesOpenAt")}
          disabled={!upcoming}
          hint={upcoming ? t("salesOpenAtHint") : t("salesOpenAtFixed")}
        />
        <Field
          label={t("reason")}
          name="reason"
          value={form.reason}
          onChange={set("reason")}
          required
          minLength={3}
          className="sm:col-span-2"
        />
        <div className="flex flex-wrap gap-3 sm:col-span-2">
          <Button type="submit" loading={pending}>
            {t("save")}
          </Button>
          <Button type="button" variant="secondary" loading={pending} onClick={() => submit(!controls.paused)}>
            {controls.paused ? t("resume") : t("pause")}
          </Button>
        </div>
      </form>
      {outcome ? <Alert tone={outcome.ok ? "success" : "danger"}>{outcome.message}</Alert> : null}
      <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="shuffle-record">
        <h2 className="font-semibold">{t("shuffleTitle")}</h2>
        {controls.shuffle ? (
          <dl className="mt-2 grid gap-1 sm:grid-cols-[10rem_1fr]">
            <dt className="text-slate-500">{t("shuffledAt")}</dt>
            <dd>
              <VenueTime iso={controls.shuffle.shuffledAt} style="seconds" zone={controls.timeZone} />
            </dd>
            <dt className="text-slate-500">{t("preQueueSize")}</dt>
            <dd className="tabular-nums">{format.number(controls.shuffle.preQueueSize)}</dd>
            <dt className="text-slate-500">{t("seed")}</dt>
            <dd className="break-all font-mono text-xs">{controls.shuffle.seed}</dd>
            <dt className="text-slate-500">{t("check")}</dt>
            <dd data-testid="shuffle-verified">{controls.shuffle.verified ? t("verified") : t("notVerified")}</dd>
          </dl>
        ) : (
          <p className="mt-2 text-slate-600">
            {controls.salesOpenAt ? t("notYet", { at: venueDate(controls.salesOpenAt, "full", controls.timeZone) }) : t("noOpening")}
          </p>
        )}
      </section>
    </div>
  );
}
