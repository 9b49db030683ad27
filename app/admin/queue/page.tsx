import { QueueMonitor } from "@/components/admin/queue-monitor";
import { getQueueMonitor } from "@/lib/admin/get-queue-monitor";
import { requireStaffPage } from "@/lib/auth/require-staff-page";

export const metadata = { title: "Queue" };

export default async function QueuePage() {
  await requireStaffPage("/admin/queue");
  const initial = await getQueueMonitor();
  return (
    <main className="space-y-4">
      <h1 className="text-2xl font-bold">Queue monitor</h1>
      <QueueMonitor initial={initial} />
    </main>
  );
}
