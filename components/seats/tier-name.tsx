import { useTranslations } from "next-intl";
import { tierName } from "./seat-style";

/** A seat grade in the page's language (VIP석 / VIP), for server and client components. */
export function TierName({ tier }: { tier: string }) {
  const t = useTranslations("seats");
  return <>{tierName(tier, t)}</>;
}
