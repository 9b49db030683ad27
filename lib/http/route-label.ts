/**
 * A request's route as its pattern (`/api/v1/concerts/[concertId]`), for log
 * lines and metric labels: the path with each path parameter's segment put
 * back as `[name]`, so ids never become labels (bounded cardinality).
 */
export function routeLabel(pathname: string, params: Record<string, string | string[]> | undefined): string {
  const entries = Object.entries(params ?? {});
  if (entries.length === 0) return pathname;
  const segments = pathname.split("/");
  for (const [name, value] of entries) {
    if (Array.isArray(value)) {
      // A catch-all: everything from its first segment on.
      const at = segments.findIndex((s, i) => i > 0 && safeDecode(s) === value[0]);
      if (at > 0) segments.splice(at, segments.length - at, `[...${name}]`);
      continue;
    }
    const at = segments.findIndex((s) => safeDecode(s) === value);
    if (at >= 0) segments[at] = `[${name}]`;
  }
  return segments.join("/");
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
