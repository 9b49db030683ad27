import type { Locale } from "@/i18n/config";
import type { Messages } from "@/messages";

// Typed keys: `t("header.missing")` or a namespace that does not exist fails `npm run typecheck`.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
