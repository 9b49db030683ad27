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
  ],
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
