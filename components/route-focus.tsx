"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * After a client-side navigation, focus goes to the new page's heading (or
 * its main region while the page is still loading) instead of staying on a
 * link that is gone, which drops keyboard and screen-reader users back at the
 * top of the document. The first page load keeps the browser's own focus.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const target = document.querySelector<HTMLElement>("#main h1") ?? document.getElementById("main");
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.dataset.routeFocus = "";
    target.focus({ preventScroll: true });
  }, [pathname]);
  return null;
}
