"use client";

import { Button } from "../ui/button";

/** Prints the page (a receipt, a ticket); the label names what is printed. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()} className="print:hidden">
      {label}
    </Button>
  );
}
