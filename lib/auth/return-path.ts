/**
 * Where a fan goes after signing in or up: back to the page that sent them
 * (`callbackUrl`). The value comes from the address bar, so anyone can write
 * it; only a path on this site is ever returned to (no open redirect).
 * Plain functions without server-only: the pages check, the form builds links.
 */

/** The two account forms, as components/auth/auth-form.tsx names its modes. */
export type AuthMode = "signIn" | "signUp";

const AUTH_PAGES: Record<AuthMode, string> = { signIn: "/signin", signUp: "/signup" };

/** Any origin will do: only whether a path stays on it matters. */
const PROBE_ORIGIN = "http://return-path.invalid";
/** Longer than any address the site makes; a longer one is not ours. */
const MAX_LENGTH = 2048;
/** Decoding rounds checked: one more than a proxy and the router could apply between here and the browser. */
const DECODE_ROUNDS = 3;

/**
 * Starts with exactly one slash and holds nothing a browser would read as
 * another host: "//host" and "/\host" are both network paths to it, and
 * browsers drop tabs and newlines ("/\t/host" is "//host").
 */
function isLocalPath(value: string): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !/[\\\u0000-\u001f\u007f]/.test(value);
}

/** Every decoding of the value is local too, so a later decode cannot turn "/%2F%2Fhost" into "///host". */
function staysLocalWhenDecoded(value: string): boolean {
  let probe = value;
  for (let round = 0; round <= DECODE_ROUNDS; round++) {
    if (!isLocalPath(probe)) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(probe);
    } catch {
      return false; // a malformed escape is no address the site made
    }
    if (decoded === probe) return true;
    probe = decoded;
  }
  return false;
}

/**
 * The same-site path to return to after sign-in or sign-up, else `fallback`.
 * Refuses other hosts in any spelling ("//evil", "https://evil", "/\evil",
 * percent-encoded or with control characters); what is returned is the path
 * as the URL parser reads it, so what was checked is what the browser gets.
 */
export function safeReturnPath(raw: string | string[] | undefined, fallback = "/"): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || value.length > MAX_LENGTH || !staysLocalWhenDecoded(value)) return fallback;
  const url = new URL(value, PROBE_ORIGIN);
  if (url.origin !== PROBE_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in or sign-up page that returns to `returnTo` afterwards. */
export function authPagePath(mode: AuthMode, returnTo: string): string {
  return `${AUTH_PAGES[mode]}?callbackUrl=${encodeURIComponent(returnTo)}`;
}
