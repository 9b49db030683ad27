"use client";

import { useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";

type Outcome = { id: number; message: string };

const ReportContext = createContext<((message: string) => void) | null>(null);

/**
 * Where a staff action's result is shown: a polite status region above the
 * console's pages, outside the table row or seat panel that re-renders (and
 * drops its button and dialog) once the action lands. It takes focus when a
 * result arrives, so keyboard users are not left on a button that is gone.
 */
export function StaffOutcomeProvider({ children }: { children: React.ReactNode }) {
  const t = useTranslations("staff.outcome");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const regionRef = useRef<HTMLDivElement>(null);
  const report = useCallback((message: string) => setOutcome((prev) => ({ id: (prev?.id ?? 0) + 1, message })), []);

  useEffect(() => {
    if (outcome) regionRef.current?.focus();
  }, [outcome]);

  return (
    <ReportContext.Provider value={report}>
      <div
        ref={regionRef}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        data-testid="staff-outcome"
        className="mb-4 rounded-lg outline-none ring-brand-600 focus-visible:ring-2 empty:mb-0"
      >
        {outcome ? (
          <div className="flex items-start justify-between gap-3 rounded-lg bg-green-50 p-3 text-sm text-green-800 ring-1 ring-inset ring-green-200">
            <p>{outcome.message}</p>
            <button type="button" className="shrink-0 rounded px-2 font-semibold underline" onClick={() => setOutcome(null)}>
              {t("dismiss")}
            </button>
          </div>
        ) : null}
      </div>
      {children}
    </ReportContext.Provider>
  );
}

/** Reports a staff action's success to the console's outcome region. */
export function useReportStaffOutcome(): (message: string) => void {
  const report = useContext(ReportContext);
  if (!report) throw new Error("useReportStaffOutcome needs a StaffOutcomeProvider (app/admin/layout.tsx)");
  return report;
}
