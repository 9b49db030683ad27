import { exportTimeZone } from "@/lib/admin/export-time-zone";
import { streamBookingsCsv } from "@/lib/admin/stream-bookings-csv";
import { isoInZone } from "@/lib/format";
import { requireAdmin } from "@/lib/auth/session";
import { readQuery } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { exportQuerySchema } from "@/lib/validations/admin";

/** CSV of every booking matching the filter, streamed page by page. */
export const GET = route(async (req) => {
  await requireAdmin(req);
  const { sort, ...filter } = readQuery(req, exportQuerySchema);
  // Named by the venue's clock, like every time in the console.
  const stamp = isoInZone(Date.now(), await exportTimeZone(filter))
    .slice(0, 19)
    .replace(/[:T]/g, "-");
  return new Response(streamBookingsCsv(filter, sort), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="stagepass-bookings-${stamp}.csv"`,
      "cache-control": "no-store",
    },
  });
});
