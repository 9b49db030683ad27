/**
 * Session cookies minted directly with next-auth's own encoder, instead of
 * signing 5,000 fans in through bcrypt. The server reads them with getToken()
 * exactly as it reads a cookie issued by the Credentials sign-in.
 */
import { encode } from "next-auth/jwt";

/** NEXTAUTH_URL is plain http on loopback, so the cookie has no __Secure- prefix. */
export const SESSION_COOKIE = "next-auth.session-token";

export async function mintCookies(fans: { id: string; email: string; name: string }[], secret: string): Promise<string[]> {
  const out: string[] = [];
  for (const f of fans) {
    const jwt = await encode({ token: { id: f.id, role: "USER", sub: f.id, email: f.email, name: f.name }, secret, maxAge: 24 * 3600 });
    out.push(`${SESSION_COOKIE}=${jwt}`);
  }
  return out;
}
