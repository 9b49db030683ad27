"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";
import { AdminNav } from "./admin/admin-nav";
import { LocaleSwitch } from "./locale-switch";

/** The header on staff pages: console sections, a way back to the public site, and sign out (no fan wallet or menu). */
export function StaffHeader({ email }: { email: string }) {
  return (
    <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur print:hidden">
      <div className="mx-auto flex min-h-16 max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2 sm:px-6">
        <Link href="/admin" className="flex items-center gap-2 rounded-md font-bold tracking-tight text-slate-900">
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-brand-600 text-sm text-white">
            SP
          </span>
          <span className="text-lg">
            StagePass <span className="text-brand-600">Staff</span>
          </span>
        </Link>
        <AdminNav />
        <div className="flex items-center gap-2 text-sm">
          <LocaleSwitch />
          <span className="hidden max-w-48 truncate text-slate-500 lg:inline" title={email}>
            {email}
          </span>
          <Link href="/" className="rounded-md px-3 py-2 font-medium text-slate-700 hover:bg-slate-100">
            Public site
          </Link>
          <button
            type="button"
            onClick={() => void signOut({ callbackUrl: "/" })}
            className="rounded-md border border-slate-300 px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-100"
          >
            Sign out
          </button>
        </div>
      </div>
    </header>
  );
}
