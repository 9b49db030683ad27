"use client";

import { usePathname } from "next/navigation";

/** Staff pages (/admin…) get the staff header when there is one for this caller; every other page the fan's. */
export function HeaderSwitch({ fan, staff }: { fan: React.ReactNode; staff: React.ReactNode }) {
  const pathname = usePathname();
  const onStaffPage = pathname === "/admin" || pathname.startsWith("/admin/");
  return <>{onStaffPage && staff ? staff : fan}</>;
}
