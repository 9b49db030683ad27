import { connection } from "next/server";
import { listConcerts } from "@/lib/catalogue/list-concerts";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route(async () => {
  await connection();
  return json({ items: await listConcerts(), nextCursor: null });
});
