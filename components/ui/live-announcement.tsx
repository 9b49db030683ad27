"use client";

import { useEffect, useState } from "react";

/**
 * A polite, visually hidden status region that receives its text after
 * hydration: screen readers announce changes to a live region, not content
 * that was already there when the page loaded.
 */
export function LiveAnnouncement({ message }: { message: string }) {
  const [text, setText] = useState("");
  useEffect(() => {
    const id = setTimeout(() => setText(message), 250);
    return () => clearTimeout(id);
  }, [message]);
  return (
    <p role="status" aria-live="polite" className="sr-only">
      {text}
    </p>
  );
}
