"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";
import { useEffect, useId, useRef, useState } from "react";
import type { Me } from "@/lib/validations/accounts";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/format/use-format";
import { useMe } from "./hooks/use-me";

/** Balance chip and the account menu (a disclosure: Escape and outside clicks close it). */
export function UserMenu({ initialMe }: { initialMe: Me }) {
  const { data: me = initialMe } = useMe(initialMe);
  const t = useTranslations("header");
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onClick);
    };
  }, [open]);

  const initial = me.name.trim().charAt(0).toUpperCase() || "?";
  const item = "block rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100";

  return (
    <div ref={rootRef} className="relative flex items-center gap-2">
      <Link
        href="/wallet"
        data-testid="header-balance"
        aria-label={t("balance", { amount: format.money(me.balance) })}
        className="rounded-full bg-slate-100 px-3 py-1.5 text-sm font-semibold tabular-nums text-slate-900 hover:bg-slate-200"
      >
        {format.money(me.balance)}
      </Link>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t("accountMenu", { name: me.name })}
        onClick={() => setOpen((o) => !o)}
        className="grid size-9 place-items-center rounded-full bg-brand-600 text-sm font-bold text-white hover:bg-brand-700"
      >
        {initial}
      </button>
      {open ? (
        <div id={menuId} className="absolute right-0 top-12 z-50 w-60 rounded-xl bg-white p-2 shadow-lg ring-1 ring-slate-200">
          <p className="truncate px-3 pb-2 pt-1 text-xs text-slate-500">
            {t("signedInAs")} <span className="font-medium text-slate-800">{me.email}</span>
          </p>
          <ul className="border-t border-slate-100 pt-1" onClick={() => setOpen(false)}>
            <li>
              <Link href="/" className={item}>
                {t("concerts")}
              </Link>
            </li>
            <li>
              <Link href="/bookings" className={item}>
                {t("bookings")}
              </Link>
            </li>
            <li>
              <Link href="/receipts" className={item}>
                {t("receipts")}
              </Link>
            </li>
            <li>
              <Link href="/wallet" className={item}>
                {t("wallet")}
              </Link>
            </li>
            {me.role === "ADMIN" ? (
              <li>
                <Link href="/admin" className={item}>
                  {t("staffConsole")}
                </Link>
              </li>
            ) : null}
            <li className="mt-1 border-t border-slate-100 pt-1">
              <button type="button" className={`${item} w-full text-left`} onClick={() => void signOut({ callbackUrl: "/" })}>
                {t("signOut")}
              </button>
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  );
}
