import { useLocale } from "next-intl";
import { formatterFor, type Formatter } from "./index";

/** The formatting module bound to the page's locale; for client and (non-async) server components. */
export function useFormat(): Formatter {
  return formatterFor(useLocale());
}
