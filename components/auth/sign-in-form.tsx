"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { lockoutMessage, lockoutSeconds } from "@/lib/ui/sign-in-lockout";
import { signInSchema } from "@/lib/validations/accounts";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { zodFieldErrors, type FieldErrors } from "./field-errors";

export function SignInForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setFormError(null);
    setPending(true);
    try {
      const res = await signIn("credentials", { redirect: false, email: parsed.data.email, password: parsed.data.password });
      const lockedFor = res?.status === 429 ? lockoutSeconds(res.error) : null;
      if (lockedFor) {
        setFormError(lockoutMessage(lockedFor));
        return;
      }
      if (!res || res.error) {
        setFormError("That email and password do not match an account. Check them and try again.");
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setFormError("We could not reach StagePass. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-2" aria-label="Sign in">
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
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required error={errors.password} />
      <Button type="submit" size="lg" className="w-full" loading={pending}>
        Sign in
      </Button>
      <p className="pt-4 text-center text-sm text-slate-600">
        New to StagePass?{" "}
        <Link
          href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-semibold text-brand-700 underline-offset-2 hover:underline"
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
