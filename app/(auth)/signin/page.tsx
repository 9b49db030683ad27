import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { safeReturnPath } from "@/lib/auth/require-page-caller";
import { currentCaller } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await currentCaller()) redirect(callbackUrl);
  const notice = callbackUrl !== "/" ? "Sign in to continue. We will bring you right back." : undefined;
  return (
    <Card>
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="mb-6 text-sm text-slate-600">Welcome back. Your place in any queue is kept for your account.</p>
      <SignInForm callbackUrl={callbackUrl} notice={notice} />
    </Card>
  );
}
