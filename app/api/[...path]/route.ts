/** Every /api path without a route of its own: a problem+json 404, not Next's HTML page (logged and counted like any). */
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";

const notFound = route<{ path: string[] }>(async () => {
  throw new AppError("NOT_FOUND", "There is no API endpoint at this path.");
});

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
