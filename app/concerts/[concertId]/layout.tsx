import { loadConcert } from "@/app/page-data";

/** Outside every loading boundary: an unknown concert is a 404 status, not a streamed 200. */
export default async function ConcertLayout({ children, params }: { children: React.ReactNode; params: Promise<{ concertId: string }> }) {
  await loadConcert((await params).concertId);
  return children;
}
