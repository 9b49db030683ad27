import { getTranslations } from "next-intl/server";
import type { AuthMode } from "@/lib/auth/return-path";
import { Card } from "../ui/card";
import { AuthForm } from "./auth-form";

/**
 * The sign-in or sign-up page's card. Its words fit whoever opens it: the
 * sign-in page is where every signed-out fan is sent, new ones included, so
 * it does not greet anyone as returning; sent from another page, either one
 * says the fan will be brought back there.
 */
export async function AuthCard({ mode, callbackUrl }: { mode: AuthMode; callbackUrl: string }) {
  const t = await getTranslations(`auth.${mode}`);
  return (
    <Card>
      <h1 className="mb-1 text-2xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("lead")}</p>
      <AuthForm mode={mode} callbackUrl={callbackUrl} notice={callbackUrl !== "/" ? t("notice") : undefined} />
    </Card>
  );
}
