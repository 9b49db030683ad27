/**
 * Every message catalogue, per locale: one JSON file per namespace and
 * language (messages/ko/<namespace>.json, messages/en/<namespace>.json),
 * listed in messages/<locale>/index.ts. Korean is the reference: its shape is
 * the `Messages` type next-intl checks every key against (types/next-intl.d.ts),
 * and English must match it exactly (checked here by the type and by
 * test/i18n/catalogues.test.ts for extra keys).
 */
import type { Locale } from "@/i18n/config";
import * as en from "./en";
import * as ko from "./ko";

/** Widens JSON literal strings so English can differ in text but not in shape. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export type Messages = Shape<typeof ko>;

const english: Messages = { ...en };

export const catalogues: Record<Locale, Messages> = { ko: { ...ko }, en: english };
