/**
 * End-to-end tests against the production build. Run them with
 * `npm run test:e2e` (scripts/test-e2e.sh), which builds when needed and
 * prepares a fresh SQLite database in E2E_DATABASE_URL for the servers below.
 * With BASE_URL set it starts nothing and tests that deployment instead
 * (e2e/README.md).
 */
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { MAIN_URL, REMOTE_URL, SERVERS } from "./e2e/fixtures/servers";

const CI = Boolean(process.env.CI);
/** Where the HTML report goes (E2E_REPORT_DIR; e2e/reporters/summary.ts prints it at the end). */
const REPORT_DIR = process.env.E2E_REPORT_DIR ?? "playwright-report";
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "";
if (!REMOTE_URL && !DATABASE_URL) {
  throw new Error(
    "E2E_DATABASE_URL is not set: run the suite with `npm run test:e2e`, which prepares a fresh database (or set BASE_URL to test a running server).",
  );
}

/** Debian's Chromium when present (no browser download works offline), else Playwright's own. */
const chromiumPath = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// The servers share one database and one signing secret, so a session cookie
// issued by one is valid on the others.
const serverEnv = {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL,
  AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? "e2e-only-secret-not-for-production-use",
  // Every flow signs up and in from 127.0.0.1: the abuse limits stay out of reach.
  SIGNIN_MAX_FAILURES: "100000",
  SIGNUPS_PER_ADDRESS_PER_HOUR: "100000",
  QUEUE_JOINS_PER_USER_PER_MINUTE: "100000",
  // Joins without proof-of-work by default; pow-join.spec.ts gives its own concert a difficulty.
  QUEUE_POW_DIFFICULTY: "0",
};

function server({ port, url, env }: { port: number; url: string; env: Record<string, string> }) {
  return {
    command: "bash scripts/start.sh",
    url: `${url}/api/health`,
    env: { ...serverEnv, PORT: String(port), NEXTAUTH_URL: url, ...env },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5_000 },
  };
}

export default defineConfig({
  testDir: "./e2e",
  // Traces and screenshots of failures; another folder per leg (E2E_RESULTS_DIR) so one leg does not wipe another's.
  outputDir: process.env.E2E_RESULTS_DIR ?? "./test-results",
  forbidOnly: CI,
  // One retry on CI; a test that passes only on it is listed as flaky (e2e/reporters/summary.ts) and is a bug to look at.
  retries: CI ? 1 : 0,
  // 2 CPU cores shared with the two servers: more workers only add contention.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: false,
  // Generous: the machine is shared, and a slow step should fail by its own
  // assertion rather than by the test's overall timeout.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // The HTML report is always written (playwright-report/); the summary lists skips with their reasons, flaky tests and its path.
  reporter: [["list"], ["html", { open: "never", outputFolder: REPORT_DIR }], ["./e2e/reporters/summary.ts"]],
  use: {
    baseURL: MAIN_URL,
    trace: "retain-on-failure",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    screenshot: "only-on-failure",
    locale: "en-US",
    timezoneId: "Asia/Seoul",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
    {
      // Phone width for the screenshots and the accessibility scans; the other flows run once, on desktop.
      name: "phone",
      testMatch: /(screenshots|accessibility)\.spec\.ts/,
      use: {
        ...devices["Pixel 7"],
        browserName: "chromium",
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
      },
    },
  ],
  // A remote target is tested as it runs: no servers of ours.
  webServer: REMOTE_URL ? [] : Object.values(SERVERS).map(server),
});
