import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_DATABASE_URL_FILE } from "./tests/e2e/helpers/database";
import { E2E_MAIL_DIR } from "./tests/e2e/helpers/mail";

// Playwright cannot download its browsers here: Debian's chromium is used when installed.
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
// E2E_PORT lets two checkouts on one machine run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);

function launchOptions() {
  return existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_FLAGS } : { args: CHROMIUM_FLAGS };
}
// E2E_BASE_URL: an app that runs already (npm run cluster -- --check --e2e, through HAProxy).
const EXTERNAL_BASE_URL = process.env.E2E_BASE_URL;
const BASE_URL = EXTERNAL_BASE_URL ?? `http://127.0.0.1:${PORT}`;
const isCI = Boolean(process.env.CI);

function webServerEnv(): Record<string, string> {
  const inherited = Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return {
    ...Object.fromEntries(inherited),
    PORT: String(PORT),
    // The admin of the suite signs up with this address (tests/e2e/helpers/accounts.ts).
    ADMIN_EMAILS: "e2e-admin@example.test",
    // Every spec signs up its own accounts from 127.0.0.1.
    SIGN_UP_LIMIT_PER_HOUR: "1000",
    // Specs that need a stage to lock during the test arrange it straight in the database.
    E2E_DATABASE_URL_FILE,
    // No mail server: emails land as .eml files that specs read (tests/e2e/helpers/mail.ts).
    MAIL_DIR: E2E_MAIL_DIR,
  };
}

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 1, // one app server and database on a 2-core machine
  timeout: 30_000,
  expect: { timeout: 10_000 }, // the first requests after a build are slower on 2 cores
  use: {
    baseURL: BASE_URL,
    trace: "on-first-retry",
  },
  projects: [
    // Signs up a player and an admin once and saves their browser state (playwright/.auth/).
    { name: "setup", testMatch: /.*\.setup\.ts/, use: { launchOptions: launchOptions() } },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], launchOptions: launchOptions() },
    },
  ],
  // The built app on a throwaway database (scripts/start.ts --ephemeral): a new database on the
  // local server named by DATABASE_URL, dropped at exit, or an in-memory embedded one.
  webServer: EXTERNAL_BASE_URL
    ? undefined
    : {
        command: "node --conditions=react-server --import tsx scripts/start.ts --ephemeral",
        url: BASE_URL,
        env: webServerEnv(),
        reuseExistingServer: false,
        timeout: 10 * 60_000, // includes `next build` when the sources changed
        stdout: "pipe",
        stderr: "pipe",
        // SIGTERM lets start.ts stop Next.js and drop or close the database; SIGKILL would leak it.
        gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
      },
});
