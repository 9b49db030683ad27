"use client";

import { useState } from "react";
import { useNow } from "./use-now";

/**
 * The server's clock, ticking: the page passes the time it was rendered at,
 * and the offset from this device's clock is kept, so a countdown to an
 * opening is right even when the phone's clock is not.
 */
export function useServerNow(serverNowMs: number, intervalMs = 1_000): number {
  const [offset] = useState(() => serverNowMs - Date.now());
  return useNow(intervalMs) + offset;
}
