"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/http/action";

type FieldErrors = Record<string, string>;

/**
 * One submit path for the catalogue forms: run the server action, show the
 * localised outcome, mark the fields the server refused, refresh the page's data.
 */
export function useCatalogueForm() {
  const t = useTranslations("catalogue");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  async function submit<T>(action: () => Promise<ActionResult<T>>, success: string, then?: (data: T) => void): Promise<void> {
    setPending(true);
    setOutcome(null);
    try {
      const result = await action();
      if (!result.ok) {
        setErrors(Object.fromEntries(result.errors.map((e) => [e.path, t("invalid")])));
        setOutcome({ ok: false, message: result.message });
        return;
      }
      setErrors({});
      setOutcome({ ok: true, message: success });
      then?.(result.data);
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  return { pending, errors, outcome, submit };
}
