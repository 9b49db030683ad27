import { json } from "@/lib/http/respond";
import { buildOpenApiDocument } from "@/lib/openapi/document";

let cached: Record<string, unknown> | undefined;

export function GET(): Response {
  cached ??= buildOpenApiDocument();
  return json(cached);
}
