"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { createConcertAction, updateConcertAction } from "@/lib/actions/catalogue";
import type { AdminConcert } from "@/lib/validations/catalogue-admin";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { useCatalogueForm } from "./use-catalogue-form";

const TEXT_FIELDS = ["title", "titleEn", "artist", "artistEn", "venue", "venueEn", "description", "descriptionEn"] as const;

/** Creates a concert (no `concert`) or edits one; English fields may stay empty. */
export function ConcertForm({ concert }: { concert?: AdminConcert }) {
  const t = useTranslations("catalogue.concert");
  const router = useRouter();
  const { pending, errors, outcome, submit } = useCatalogueForm();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = Object.fromEntries([...TEXT_FIELDS, "timeZone"].map((k) => [k, String(form.get(k) ?? "")]));
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
      <div className="flex flex-col gap-3 sm:col-span-2">
        {outcome ? <Alert tone={outcome.ok ? "success" : "danger"}>{outcome.message}</Alert> : null}
        <Button type="submit" loading={pending} className="self-start">
          {concert ? t("submitSave") : t("submitCreate")}
        </Button>
      </div>
    </form>
  );
}
