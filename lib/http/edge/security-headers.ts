/**
 * Security headers of every response the proxy sees. Pages get a
 * Content-Security-Policy with a fresh nonce per request: Next reads it from
 * the request's own CSP header and puts it on its scripts, so no script runs
 * without it ('strict-dynamic' lets those scripts load the page's chunks).
 * Styles keep 'unsafe-inline' for React's and the charts' style attributes.
 * The API answers JSON only, so its policy allows nothing at all.
 */
const STATIC_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
};

/** A year, with subdomains; only sent over HTTPS, where browsers heed it. */
const HSTS = "max-age=31536000; includeSubDomains";

export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function pageCsp(nonce: string, options: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The one page that may use the camera: the staff check-in scanner, on our own origin only. */
export const CAMERA_PATH = "/admin/check-in";
const CAMERA_POLICY = STATIC_HEADERS["Permissions-Policy"]!.replace("camera=()", "camera=(self)");

/** Sets the headers every response carries (CSP is set by the caller, per kind of path). */
export function setSecurityHeaders(headers: Headers, csp: string, https: boolean, pathname = ""): void {
  for (const [name, value] of Object.entries(STATIC_HEADERS)) headers.set(name, value);
  if (pathname === CAMERA_PATH) headers.set("Permissions-Policy", CAMERA_POLICY);
  headers.set("Content-Security-Policy", csp);
  if (https) headers.set("Strict-Transport-Security", HSTS);
}

export { STATIC_HEADERS };
