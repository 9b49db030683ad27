// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

// next-intl without locale routing: i18n/request.ts picks the locale per request (docs/i18n.md).
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and server-only packages are required at run time, not bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "pg",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "bcryptjs",
    "rate-limiter-flexible",
    "pino",
    "prom-client",
  ],
  typedRoutes: false,
  // Files the proxy does not see (/_next/static, /_next/image, favicon) still get the static security
  // headers; everything else gets them, with its CSP, from proxy.ts (lib/http/edge/security-headers.ts).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
