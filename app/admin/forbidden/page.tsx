import { AccessDenied } from "@/components/admin/access-denied";

export const metadata = { title: "Staff only" };

export default function ForbiddenPage() {
  return <AccessDenied />;
}
