import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getMe } from "@/lib/accounts/get-me";
import { currentCaller } from "@/lib/auth/session";
import { nullIfAppError } from "@/lib/errors";
import { buttonClass } from "./ui/button";
import { UserMenu } from "./user-menu";
import { HoldBanner } from "./hold-banner";
import { RefundNotice } from "./refund-notice";
import { HeaderSwitch } from "./header-switch";
import { StaffHeader } from "./staff-header";
import { LocaleSwitch } from "./locale-switch";
import { WelcomeNotice } from "./welcome-notice";

/**
 * The site header: brand, main links, and the fan's balance and menu (or
 * sign-in links). Staff on /admin get the staff header instead; fans there
 * keep theirs above the console's "Staff only" page.
 */
export async function SiteHeader() {
  const [caller, t] = await Promise.all([currentCaller(), getTranslations("header")]);
  const me = caller ? await getMe(caller.id).catch(nullIfAppError) : null;
  const staff = me && caller?.role === "ADMIN" ? <StaffHeader email={me.email} /> : null;
  const fan = (
    <>
      <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur print:hidden">
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-3 px-4 sm:px-6">
          <Link href="/" className="flex items-center gap-2 rounded-md font-bold tracking-tight text-slate-900">
            <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-brand-600 text-sm text-white">
              SP
            </span>
            <span className="text-lg">StagePass</span>
          </Link>
          <nav aria-label={t("mainNav")} className="flex items-center gap-1 sm:gap-2">
            <LocaleSwitch />
            <Link href="/" className="hidden rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 sm:inline-block">
              {t("concerts")}
            </Link>
            {me ? (
              <>
                <Link
                  href="/bookings"
                  className="hidden rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 md:inline-block"
                >
                  {t("bookings")}
                </Link>
                <UserMenu initialMe={me} />
              </>
            ) : (
              <>
                <Link href="/signin" className={buttonClass("ghost", "sm")}>
                  {t("signIn")}
                </Link>
                <Link href="/signup" className={buttonClass("primary", "sm")}>
                  {t("signUp")}
                </Link>
              </>
            )}
          </nav>
        </div>
      </header>
      {me ? (
        <>
          <WelcomeNotice name={me.name} />
          <HoldBanner />
          <RefundNotice />
        </>
      ) : null}
    </>
  );
  return <HeaderSwitch fan={fan} staff={staff} />;
}
