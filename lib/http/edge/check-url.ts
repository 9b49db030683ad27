/**
 * The edge's check of a request's raw path and query string, before Next
 * decodes them: a malformed percent-encoding (`%ZZ`, a cut-off `%E0%A4%A`)
 * made Next's router answer a bare 500, and a decoded NUL reached PostgreSQL
 * (error 22021 → 500). Both are refused here for every route, page and action.
 */
import { isCleanText } from "../clean-input";

export type UrlFault = "path" | "query" | null;

function decodes(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** null when the URL is safe; otherwise which part of it is not. */
export function urlFault(rawPathname: string, rawSearch: string): UrlFault {
  for (const segment of rawPathname.split("/")) {
    const text = decodes(segment);
    if (text === null || !isCleanText(text)) return "path";
  }
  const query = rawSearch.startsWith("?") ? rawSearch.slice(1) : rawSearch;
  if (!query) return null;
  for (const pair of query.split("&")) {
    const text = decodes(pair.replace(/\+/g, " "));
    if (text === null || !isCleanText(text)) return "query";
  }
  return null;
}
