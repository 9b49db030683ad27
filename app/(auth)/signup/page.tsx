import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { safeReturnPath } from "@/lib/auth/require-page-caller";
import { currentCaller } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await currentCaller()) redirect(callbackUrl);
  return (
    <Card>
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Create your account</h1>
      <p className="mb-6 text-sm text-slate-600">One account for every queue, hold and ticket.</p>
      <SignUpForm callbackUrl={callbackUrl} />
    </Card>
  );
}
