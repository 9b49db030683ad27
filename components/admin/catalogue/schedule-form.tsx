"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { addScheduleAction } from "@/lib/actions/catalogue";
import { wallTimeToInstant } from "@/lib/format/wall-time";
import { SEAT_TIERS, SEATS_PER_ROW } from "@/lib/catalogue/seat-layout";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { useCatalogueForm } from "./use-catalogue-form";

/** Prefilled with the house layout (lib/catalogue/seat-layout.ts); a tier left without a name is left out. */
export function ScheduleForm({ concertId, timeZone }: { concertId: string; timeZone: string }) {
  const t = useTranslations("catalogue.schedule");
  const { pending, errors, outcome, submit } = useCatalogueForm();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const value = (k: string) => String(form.get(k) ?? "").trim();
    const filled = SEAT_TIERS.map((_, i) => i).filter((i) => value(`tier${i}`));
    const tiers = filled.map((i) => ({ name: value(`tier${i}`), price: Number(value(`price${i}`)) }));
    const rows = filled.flatMap((i) =>
      value(`rows${i}`)
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((label) => ({ label, seats: Number(value(`seats${i}`)), tier: value(`tier${i}`) })),
    );
    const startsAt = wallTimeToInstant(value("startsAt"), timeZone) ?? value("startsAt");
    void submit(() => addScheduleAction(concertId, { startsAt, tiers, rows }), t("added"));
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("form")} className="space-y-3">
      <Field name="startsAt" type="datetime-local" label={t("startsAt", { zone: timeZone })} required error={errors.startsAt} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-800">{t("tiers")}</legend>
        {SEAT_TIERS.map((tier, i) => (
          <fieldset key={tier.tier} className="grid gap-x-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-4">
            <legend className="px-1 text-sm text-slate-700">{t("tierLegend", { n: i + 1 })}</legend>
            <Field name={`tier${i}`} id={`tier${i}`} label={t("tierName")} defaultValue={tier.tier} error={errors[`tiers.${i}.name`]} />
            <Field
              name={`price${i}`}
              id={`price${i}`}
              label={t("price")}
              inputMode="numeric"
              defaultValue={tier.price}
              error={errors[`tiers.${i}.price`]}
            />
            <Field
              name={`rows${i}`}
              id={`rows${i}`}
              label={t("rows")}
              hint={t("rowsHint")}
              defaultValue={tier.rows.join(" ")}
              error={errors.rows}
            />
            <Field name={`seats${i}`} id={`seats${i}`} label={t("seatsPerRow")} inputMode="numeric" defaultValue={SEATS_PER_ROW} />
          </fieldset>
        ))}
      </fieldset>
      {outcome ? <Alert tone={outcome.ok ? "success" : "danger"}>{outcome.message}</Alert> : null}
      <Button type="submit" loading={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
