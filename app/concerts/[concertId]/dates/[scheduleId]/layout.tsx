import { notFound } from "next/navigation";
import { loadConcert } from "@/app/page-data";

/** Outside the seat map's loading boundary: an unknown or past date is a 404 status. */
export default async function DateLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ concertId: string; scheduleId: string }>;
}) {
  const { concertId, scheduleId } = await params;
  const concert = await loadConcert(concertId);
  if (!concert.schedules.some((s) => s.id === scheduleId)) notFound();
  return children;
}
