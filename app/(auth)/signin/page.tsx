import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { safeReturnPath } from "@/lib/auth/return-path";
import { currentCaller } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("meta") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await currentCaller()) redirect(callbackUrl);
  const t = await getTranslations("auth.signIn");
  const notice = callbackUrl !== "/" ? t("notice") : undefined;
  return (
    <Card>
      <h1 className="mb-1 text-2xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("lead")}</p>
      <SignInForm callbackUrl={callbackUrl} notice={notice} />
    </Card>
  );
}
