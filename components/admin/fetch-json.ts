/** GETs a staff endpoint for React Query; problem+json errors surface as their detail. */
export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: "application/json" }, cache: "no-store" });
  if (!res.ok) {
    const problem = (await res.json().catch(() => null)) as { detail?: string } | null;
    throw new Error(problem?.detail ?? `Request failed (${res.status})`);
  }
  return (await res.json()) as T;
}
