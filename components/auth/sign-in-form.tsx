"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useFormat } from "@/lib/format/use-format";
import { lockoutSeconds } from "@/lib/ui/sign-in-lockout";
import { signInSchema } from "@/lib/validations/accounts";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { zodFieldErrors, type FieldErrors, type FieldProblem } from "./field-errors";

export function SignInForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const t = useTranslations("auth");
  const problem = (p: FieldProblem) => t(`problems.${p}`);
  const router = useRouter();
  const tLimits = useTranslations("defence");
  const format = useFormat();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, problem));
      return;
    }
    setErrors({});
    setFormError(null);
    setPending(true);
    try {
      const res = await signIn("credentials", { redirect: false, email: parsed.data.email, password: parsed.data.password });
      const lockedFor = res?.status === 429 ? lockoutSeconds(res.error) : null;
      if (lockedFor) {
        const until = new Date(Date.now() + lockedFor * 1000).toISOString();
        setFormError(tLimits("signIn.lockedOut", { time: format.date(until, "time"), minutes: Math.ceil(lockedFor / 60) }));
        return;
      }
      if (!res || res.error) {
        setFormError(t("signIn.mismatch"));
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setFormError(t("unreachable"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-2" aria-label={t("signIn.form")}>
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
      <Field label={t("fields.email")} name="email" type="email" autoComplete="email" required error={errors.email} />
      <Field
        label={t("fields.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <Button type="submit" size="lg" className="w-full" loading={pending}>
        {t("signIn.submit")}
      </Button>
      <p className="pt-4 text-center text-sm text-slate-600">
        {t("signIn.new")}{" "}
        <Link
          href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-semibold text-brand-700 underline-offset-2 hover:underline"
        >
          {t("signIn.create")}
        </Link>
      </p>
    </form>
  );
}
