/**
 * A small client for the HTTP contract with a cookie jar, as any API user
 * would write it: sign up, sign in through next-auth's Credentials flow,
 * then call JSON endpoints. Responses expose status, headers and parsed body.
 *
 *   const fan = new ApiClient(server.url);
 *   await fan.signUp({ email, password, name });   // also signs in
 *   const res = await fan.post("/api/v1/wallet/charges", { amount: 1000 }, { "Idempotency-Key": "k1" });
 *   expect(res.status).toBe(201);
 */

// Test code reads bodies field by field; `any` here keeps assertions short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON (also problem+json), or undefined for other bodies. */
  json: Json;
  text: string;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** A JSON value to send. */
  json?: unknown;
  /** A raw body (string) sent as is, e.g. malformed JSON. */
  body?: string;
}

export class ApiClient {
  constructor(
    readonly baseUrl: string,
    /** Shared by clients made with `on()`, so one session can call several instances. */
    readonly cookies: Map<string, string> = new Map(),
  ) {}

  /** Sent with every request, e.g. `{ "x-forwarded-for": "203.0.113.7" }` to pose as another client address. */
  readonly headers: Record<string, string> = {};

  /** The same signed-in user talking to another instance (same extra headers). */
  on(baseUrl: string): ApiClient {
    const other = new ApiClient(baseUrl, this.cookies);
    Object.assign(other.headers, this.headers);
    return other;
  }

  get signedIn(): boolean {
    return [...this.cookies.keys()].some((k) => k.endsWith("next-auth.session-token"));
  }

  async request(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse> {
    const headers: Record<string, string> = { accept: "application/json", ...opts.headers };
    let body: string | undefined = opts.body;
    if (opts.json !== undefined) body = JSON.stringify(opts.json);
    if (body !== undefined) headers["content-type"] ??= "application/json";
    return this.send(method, path, headers, body);
  }

  get(path: string, headers?: Record<string, string>): Promise<ApiResponse> {
    return this.request("GET", path, { headers });
  }

  post(path: string, json: unknown, headers?: Record<string, string>): Promise<ApiResponse> {
    return this.request("POST", path, { json, headers });
  }

  delete(path: string, headers?: Record<string, string>): Promise<ApiResponse> {
    return this.request("DELETE", path, { headers });
  }

  /** POST /api/v1/users, then signs in with the same credentials. */
  async signUp(input: { email: string; password: string; name: string }): Promise<ApiResponse> {
    const res = await this.post("/api/v1/users", input);
    if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${res.text}`);
    await this.signIn(input.email, input.password);
    return res;
  }

  /** next-auth Credentials: GET /api/auth/csrf, then POST the form. Returns whether a session cookie was set. */
  async trySignIn(email: string, password: string): Promise<boolean> {
    const csrf = await this.get("/api/auth/csrf");
    const form = new URLSearchParams({ csrfToken: String(csrf.json?.csrfToken ?? ""), email, password, json: "true" });
    this.lastSignIn = await this.send(
      "POST",
      "/api/auth/callback/credentials",
      { "content-type": "application/x-www-form-urlencoded" },
      form.toString(),
    );
    return this.signedIn;
  }

  /** The response to the last sign-in POST (status 401 for a wrong password, 429 when locked out). */
  lastSignIn: ApiResponse | undefined;

  async signIn(email: string, password: string): Promise<void> {
    if (!(await this.trySignIn(email, password))) throw new Error(`sign-in failed for ${email}`);
  }

  /** next-auth sign-out: GET /api/auth/csrf, then POST /api/auth/signout. Clears the cookie jar's session. */
  async signOut(): Promise<void> {
    const csrf = await this.get("/api/auth/csrf");
    const form = new URLSearchParams({ csrfToken: String(csrf.json?.csrfToken ?? ""), json: "true" });
    await this.send("POST", "/api/auth/signout", { "content-type": "application/x-www-form-urlencoded" }, form.toString());
  }

  private async send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<ApiResponse> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const all = { ...this.headers, ...headers };
    const res = await fetch(new URL(path, this.baseUrl), {
      method,
      headers: cookie ? { ...all, cookie } : all,
      body,
      redirect: "manual",
    });
    this.store(res.headers.getSetCookie());
    const type = res.headers.get("content-type") ?? "";
    // An event stream never ends: its status and headers are the answer (read events with ./event-stream.ts).
    if (type.startsWith("text/event-stream")) {
      await res.body?.cancel();
      return { status: res.status, headers: res.headers, json: undefined, text: "" };
    }
    const text = await res.text();
    let json: Json;
    if (type.includes("json") && text) json = JSON.parse(text);
    return { status: res.status, headers: res.headers, json, text };
  }

  private store(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = "", ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
