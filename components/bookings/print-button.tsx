"use client";

import { Button } from "../ui/button";

export function PrintButton() {
  return (
    <Button variant="secondary" onClick={() => window.print()} className="print:hidden">
      Print receipt
    </Button>
  );
}
