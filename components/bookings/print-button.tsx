"use client";

import { useTranslations } from "next-intl";
import { Button } from "../ui/button";

export function PrintButton() {
  const t = useTranslations("receipts");
  return (
    <Button variant="secondary" onClick={() => window.print()} className="print:hidden">
      {t("print")}
    </Button>
  );
}
