"use client";

import { useTranslations } from "next-intl";
import { dismissGreeting, useGreeting } from "./auth/greeting";

/**
 * Under the header, on the page a fan lands on after the account form: a
 * welcome to the new account after signing up, "Welcome back" after signing
 * in (components/auth/greeting.ts). It stays until dismissed or reloaded, so
 * a redirect on the way (the waiting room opening the seat map) keeps it.
 */
export function WelcomeNotice({ name }: { name: string }) {
  const t = useTranslations("auth.welcome");
  const greeting = useGreeting();
  if (!greeting) return null;
  return (
    <div role="status" className="bg-emerald-50 text-emerald-950 print:hidden" data-testid="welcome-notice">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2 text-sm sm:px-6">
        <p>{greeting === "newAccount" ? t("newAccount", { name }) : t("returning", { name })}</p>
        <button type="button" className="rounded-md px-2 py-1 font-semibold underline" onClick={dismissGreeting}>
          {t("dismiss")}
        </button>
      </div>
    </div>
  );
}
