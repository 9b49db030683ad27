"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { createConcertAction, updateConcertAction } from "@/lib/actions/catalogue";
import { instantToWallTime, wallTimeToInstant } from "@/lib/format/wall-time";
import type { AdminConcert } from "@/lib/validations/catalogue-admin";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { useCatalogueForm } from "./use-catalogue-form";

const TEXT_FIELDS = ["title", "titleEn", "artist", "artistEn", "venue", "venueEn", "description", "descriptionEn"] as const;

/** The opening typed as the venue's wall time → an instant; text the zone cannot read goes as typed, for the server to refuse. */
function openingInstant(local: string, timeZone: string): string {
  try {
    return wallTimeToInstant(local, timeZone) ?? local;
  } catch {
    return local;
  }
}

/** Creates a concert (no `concert`) or edits one; English fields may stay empty. */
export function ConcertForm({ concert }: { concert?: AdminConcert }) {
  const t = useTranslations("catalogue.concert");
  const router = useRouter();
  const { pending, errors, outcome, submit } = useCatalogueForm();
  const zone = concert?.timeZone ?? "Asia/Seoul";
  const openingDefault = concert?.salesOpenAt ? instantToWallTime(concert.salesOpenAt, zone) : "";

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input: Record<string, string | null> = Object.fromEntries(
      [...TEXT_FIELDS, "timeZone"].map((k) => [k, String(form.get(k) ?? "")]),
    );
    // Empty = on sale from the start; an edit sends the opening only when staff changed it (it can move only while ahead).
    const opening = String(form.get("salesOpenAt") ?? "");
    if (opening !== openingDefault) input.salesOpenAt = opening ? openingInstant(opening, input.timeZone || zone) : null;
    if (concert) void submit(() => updateConcertAction(concert.id, input), t("saved"));
    else
      void submit(
        () => createConcertAction(input),
        t("created"),
        ({ id }) => router.push(`/admin/concerts/${id}`),
      );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={concert ? t("editForm") : t("createForm")} className="grid gap-x-4 sm:grid-cols-2">
      {TEXT_FIELDS.map((name) => (
        <Field
          key={name}
          name={name}
          id={`${concert?.id ?? "new"}-${name}`}
          label={t(name)}
          defaultValue={concert?.[name] ?? ""}
          required={!name.endsWith("En") && !name.startsWith("description")}
          hint={name.endsWith("En") ? t("englishHint") : undefined}
          error={errors[name]}
        />
      ))}
      <Field
        name="timeZone"
        id={`${concert?.id ?? "new"}-timeZone`}
        label={t("timeZone")}
        defaultValue={concert?.timeZone ?? "Asia/Seoul"}
        hint={t("timeZoneHint")}
        error={errors.timeZone}
      />
      <Field
        name="salesOpenAt"
        id={`${concert?.id ?? "new"}-salesOpenAt`}
        type="datetime-local"
        label={t("salesOpenAt")}
        defaultValue={openingDefault}
        hint={t("salesOpenAtHint")}
        error={errors.salesOpenAt}
      />
      <div className="flex flex-col gap-3 sm:col-span-2">
        {outcome ? <Alert tone={outcome.ok ? "success" : "danger"}>{outcome.message}</Alert> : null}
        <Button type="submit" loading={pending} className="self-start">
          {concert ? t("submitSave") : t("submitCreate")}
        </Button>
      </div>
    </form>
  );
}
