/**
 * What each mode of the account form does with valid input, as an outcome
 * the form turns into words: sign in through next-auth's Credentials
 * provider, or create the account (the same domain function as
 * POST /api/v1/users) and then sign in with it.
 */
import { signIn } from "next-auth/react";
import { signUpAction } from "@/lib/actions/accounts";
import type { z } from "zod";
import type { AuthMode } from "@/lib/auth/return-path";
import type { FieldError } from "@/lib/errors";
import { lockoutSeconds } from "@/lib/ui/sign-in-lockout";
import { signInSchema, signUpSchema, type SignUpInput } from "@/lib/validations/accounts";

export type AuthOutcome =
  | { kind: "signedIn" }
  /** Wrong email or password; which one is not said. */
  | { kind: "mismatch" }
  /** Too many failed attempts (lib/auth/with-sign-in-limits.ts): try again after this long. */
  | { kind: "lockedOut"; seconds: number }
  /** The sign-up action's problem (problem+json's code, fan-facing message and field errors). */
  | { kind: "refused"; code: string; message: string; errors: FieldError[] }
  /** The account exists but signing in with it did not work: the sign-in page takes over. */
  | { kind: "createdNotSignedIn" };

export async function signInWithPassword(email: string, password: string): Promise<AuthOutcome> {
  const res = await signIn("credentials", { redirect: false, email, password });
  const lockedFor = res?.status === 429 ? lockoutSeconds(res.error) : null;
  if (lockedFor) return { kind: "lockedOut", seconds: lockedFor };
  if (!res || res.error) return { kind: "mismatch" };
  return { kind: "signedIn" };
}

export async function createAccountAndSignIn(input: SignUpInput): Promise<AuthOutcome> {
  const result = await signUpAction(input);
  if (!result.ok) return { kind: "refused", code: result.code, message: result.message, errors: result.errors };
  const signedIn = await signInWithPassword(input.email, input.password);
  return signedIn.kind === "signedIn" ? signedIn : { kind: "createdNotSignedIn" };
}

/** The form's input checked against the mode's schema (the API's own): what to run, or why not. */
export type AuthSubmission = { run: () => Promise<AuthOutcome>; invalid?: undefined } | { run?: undefined; invalid: z.ZodError };

export function readAuthForm(mode: AuthMode, form: FormData): AuthSubmission {
  const input = { name: form.get("name"), email: form.get("email"), password: form.get("password") };
  if (mode === "signUp") {
    const parsed = signUpSchema.safeParse(input);
    return parsed.success ? { run: () => createAccountAndSignIn(parsed.data) } : { invalid: parsed.error };
  }
  const parsed = signInSchema.safeParse(input);
  return parsed.success ? { run: () => signInWithPassword(parsed.data.email, parsed.data.password) } : { invalid: parsed.error };
}
