"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { chargeWalletAction } from "@/lib/actions/wallet";
import { useFormat } from "@/lib/format/use-format";
import { chargeAmountSchema, MAX_CHARGE, MIN_CHARGE } from "@/lib/validations/wallet";
import { useInvalidateMoney } from "../hooks/use-invalidate-money";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { cn } from "../ui/cn";

const PRESETS = [10_000, 50_000, 100_000, 300_000];

/** "1,000" / "₩ 50000" → 50000; anything else → NaN so the schema explains what is wrong. */
function parseAmount(raw: string): number {
  const cleaned = raw.replace(/[₩,\s]/g, "");
  return cleaned === "" || !/^-?\d+(\.\d+)?$/.test(cleaned) ? Number.NaN : Number(cleaned);
}

/**
 * Top-up with preset amounts or a custom one, validated by the same zod
 * schema as the API. Each submit is one attempt with its own Idempotency-Key.
 */
export function ChargeForm({
  onCharged,
  suggested,
  compact = false,
}: {
  onCharged?: (balance: number) => void;
  suggested?: number;
  compact?: boolean;
}) {
  const t = useTranslations("wallet.charge");
  const format = useFormat();
  const id = useId();
  const invalidateMoney = useInvalidateMoney();
  const [preset, setPreset] = useState<number | "custom">(
    suggested && !PRESETS.includes(suggested) ? "custom" : (suggested ?? PRESETS[1]!),
  );
  const [custom, setCustom] = useState(suggested && !PRESETS.includes(suggested) ? String(suggested) : "");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // The submit button is disabled while the top-up runs, which drops keyboard focus to the page's top; it comes back here.
  const submit = useRef<HTMLButtonElement>(null);
  const wasPending = useRef(false);
  useEffect(() => {
    if (wasPending.current && !pending) submit.current?.focus();
    wasPending.current = pending;
  }, [pending]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending) return;
    setDone(null);
    const amount = preset === "custom" ? parseAmount(custom) : preset;
    const parsed = chargeAmountSchema.safeParse(amount);
    if (!parsed.success) {
      const code = parsed.error.issues[0]?.code;
      const range = { min: format.money(MIN_CHARGE), max: format.money(MAX_CHARGE) };
      setError(code === "too_small" ? t("min", range) : code === "too_big" ? t("max", range) : t("invalid"));
      return;
    }
    setError(null);
    setPending(true);
    try {
      const result = await chargeWalletAction({ amount: parsed.data }, crypto.randomUUID());
      if (!result.ok) {
        // The action's message is already in the fan's language; field errors from the schema are not.
        setError(result.message);
        return;
      }
      invalidateMoney(result.data.balance);
      setDone(t("done", { amount: format.money(parsed.data), balance: format.money(result.data.balance) }));
      setCustom("");
      onCharged?.(result.data.balance);
    } catch {
      setError(t("unreachable"));
    } finally {
      setPending(false);
    }
  }

  const chip = (active: boolean) =>
    cn(
      "flex h-11 items-center justify-center rounded-lg px-3 text-sm font-semibold tabular-nums ring-1 ring-inset transition-colors",
      "has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-700",
      active ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-800 ring-slate-300 hover:bg-slate-50",
    );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t("form")} data-testid="charge-form">
      <fieldset>
        <legend className={cn("mb-3 font-semibold text-slate-900", compact ? "text-sm" : "text-base")}>{t("legend")}</legend>
        {/* As many chips per line as fit with room for "300,000원": five in a wide card, two or three in the wallet's column. */}
        <div className="grid grid-cols-[repeat(auto-fill,minmax(7.5rem,1fr))] gap-2">
          {PRESETS.map((p) => (
            <label key={p} className={chip(preset === p)}>
              <input
                type="radio"
                name={`${id}-amount`}
                value={p}
                checked={preset === p}
                onChange={() => setPreset(p)}
                className="sr-only"
              />
              {format.money(p)}
            </label>
          ))}
          <label className={chip(preset === "custom")}>
            <input
              type="radio"
              name={`${id}-amount`}
              value="custom"
              checked={preset === "custom"}
              onChange={() => setPreset("custom")}
              className="sr-only"
            />
            {t("other")}
          </label>
        </div>
      </fieldset>
      {preset === "custom" ? (
        <div className="mt-3">
          <label htmlFor={`${id}-custom`} className="text-sm font-medium text-slate-800">
            {t("customLabel")}
          </label>
          <div className="relative mt-1.5">
            <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-3 grid place-items-center text-slate-500">
              ₩
            </span>
            <input
              id={`${id}-custom`}
              inputMode="numeric"
              autoComplete="off"
              value={custom}
              onChange={(e) => setCustom(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-hint ${id}-error`}
              placeholder="25,000"
              className={cn(
                "h-11 w-full rounded-lg bg-white pl-8 pr-3 text-base tabular-nums ring-1 ring-inset ring-slate-300",
                "focus:outline-none focus:ring-2 focus:ring-brand-500",
              )}
            />
          </div>
          <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
            {t("hint", { min: format.money(MIN_CHARGE), max: format.money(MAX_CHARGE) })}
          </p>
        </div>
      ) : null}
      <p id={`${id}-error`} aria-live="polite" className="mt-2 min-h-5 text-sm font-medium text-red-700" data-testid="charge-error">
        {error ?? ""}
      </p>
      <Button ref={submit} type="submit" loading={pending} className="mt-1 w-full sm:w-auto">
        {t("submit")}
      </Button>
      {done ? (
        <Alert tone="success" className="mt-3">
          {done}
        </Alert>
      ) : null}
    </form>
  );
}
