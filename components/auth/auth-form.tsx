"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { authPagePath, type AuthMode } from "@/lib/auth/return-path";
import { useFormat } from "@/lib/format/use-format";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { readAuthForm, type AuthOutcome } from "./auth-submit";
import { toFieldErrors, zodFieldErrors, type FieldErrors, type FieldProblem } from "./field-errors";
import { greetOnArrival } from "./greeting";

/** What differs between signing in and signing up; the rest of the form is one. */
const MODES = {
  signIn: { passwordAutoComplete: "current-password", other: "signUp", greeting: "returning" },
  signUp: { passwordAutoComplete: "new-password", other: "signIn", greeting: "newAccount" },
} as const;

/**
 * The account form, for signing in or up: the page's own problems next to
 * each field (focus moves to the first), the server's in plain words, and
 * afterwards back to `callbackUrl` (a checked same-site path) with a greeting
 * that fits, so a fan sent here from "Join the queue" carries on joining.
 */
export function AuthForm({ mode, callbackUrl, notice }: { mode: AuthMode; callbackUrl: string; notice?: string }) {
  const t = useTranslations("auth");
  const tLimits = useTranslations("defence");
  const problem = (p: FieldProblem) => t(`problems.${p}`);
  const router = useRouter();
  const format = useFormat();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const config = MODES[mode];

  // After each refusal, keyboard and screen-reader users start at the first field to fix.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  function show(outcome: AuthOutcome): void {
    if (outcome.kind === "signedIn") {
      greetOnArrival(config.greeting);
      router.replace(callbackUrl);
      router.refresh();
    } else if (outcome.kind === "createdNotSignedIn") router.replace(authPagePath("signIn", callbackUrl));
    else if (outcome.kind === "mismatch") setFormError(t("signIn.mismatch"));
    else if (outcome.kind === "lockedOut") {
      const until = new Date(Date.now() + outcome.seconds * 1000).toISOString();
      setFormError(tLimits("signIn.lockedOut", { time: format.date(until, "time"), minutes: Math.ceil(outcome.seconds / 60) }));
    } else if (outcome.code === "EMAIL_TAKEN") setErrors({ email: outcome.message });
    else if (outcome.errors.length) setErrors(toFieldErrors(outcome.errors, problem));
    else setFormError(outcome.message);
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submit = readAuthForm(mode, new FormData(e.currentTarget));
    if (submit.invalid) {
      setErrors(zodFieldErrors(submit.invalid, problem));
      return;
    }
    setErrors({});
    setFormError(null);
    setPending(true);
    try {
      show(await submit.run());
    } catch {
      setFormError(t("unreachable"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-2" aria-label={t(`${mode}.form`)}>
      {notice ? (
        <Alert tone="info" className="mb-4">
          {notice}
        </Alert>
      ) : null}
      {formError ? (
        <Alert tone="danger" className="mb-4">
          {formError}
        </Alert>
      ) : null}
      {mode === "signUp" ? (
        <Field label={t("fields.name")} name="name" autoComplete="name" required maxLength={50} error={errors.name} />
      ) : null}
      <Field label={t("fields.email")} name="email" type="email" autoComplete="email" required error={errors.email} />
      <Field
        label={t("fields.password")}
        name="password"
        type="password"
        autoComplete={config.passwordAutoComplete}
        required
        hint={mode === "signUp" ? t("signUp.passwordHint") : undefined}
        error={errors.password}
      />
      <Button type="submit" size="lg" className="w-full" loading={pending}>
        {t(`${mode}.submit`)}
      </Button>
      <p className="pt-4 text-center text-sm text-slate-600">
        {t(`${mode}.other`)}{" "}
        <Link href={authPagePath(config.other, callbackUrl)} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
          {t(`${mode}.otherLink`)}
        </Link>
      </p>
    </form>
  );
}
