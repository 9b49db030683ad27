import { getConcert } from "@/lib/catalogue/get-concert";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route<{ concertId: string }>(async (_req, { concertId }) => json(await getConcert(concertId)));
