"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { signUpAction } from "@/lib/actions/accounts";
import { signUpSchema } from "@/lib/validations/accounts";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { toFieldErrors, zodFieldErrors, type FieldErrors, type FieldProblem } from "./field-errors";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const problem = (p: FieldProblem) => t(`problems.${p}`);
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = { name: form.get("name"), email: form.get("email"), password: form.get("password") };
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, problem));
      return;
    }
    setErrors({});
    setFormError(null);
    setPending(true);
    try {
      const result = await signUpAction(parsed.data);
      if (!result.ok) {
        if (result.code === "EMAIL_TAKEN") setErrors({ email: result.message });
        else if (result.errors.length) setErrors(toFieldErrors(result.errors, problem));
        else setFormError(result.message);
        return;
      }
      const res = await signIn("credentials", { redirect: false, email: parsed.data.email, password: parsed.data.password });
      if (!res || res.error) {
        router.replace(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
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
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-2" aria-label={t("signUp.form")}>
      {formError ? (
        <Alert tone="danger" className="mb-4">
          {formError}
        </Alert>
      ) : null}
      <Field label={t("fields.name")} name="name" autoComplete="name" required maxLength={50} error={errors.name} />
      <Field label={t("fields.email")} name="email" type="email" autoComplete="email" required error={errors.email} />
      <Field
        label={t("fields.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("signUp.passwordHint")}
        error={errors.password}
      />
      <Button type="submit" size="lg" className="w-full" loading={pending}>
        {t("signUp.submit")}
      </Button>
      <p className="pt-4 text-center text-sm text-slate-600">
        {t("signUp.have")}{" "}
        <Link
          href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-semibold text-brand-700 underline-offset-2 hover:underline"
        >
          {t("signUp.signIn")}
        </Link>
      </p>
    </form>
  );
}
