import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_DATABASE_URL_FILE } from "./helpers/database";

const BOARD = "/events/dakar-2026/leaderboard";

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: readFileSync(E2E_DATABASE_URL_FILE, "utf8").trim() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Restarts PostgreSQL under the running app: with E2E_POSTGRES_RESTART_COMMAND (CI sets it to
 * restart the local cluster) a real restart, else every connection of the app's database is
 * terminated, which is what a restart looks like from the app.
 */
async function restartPostgres(): Promise<void> {
  const command = process.env.E2E_POSTGRES_RESTART_COMMAND;
  if (command) {
    execSync(command, { stdio: "inherit" });
    return;
  }
  await withDatabase((client) =>
    client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"),
  );
}

test("the app survives a PostgreSQL restart while it serves, and recovers without being restarted", async ({
  request,
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const isEmbedded = await withDatabase(async (client) =>
    (await client.query<{ version: string }>("SELECT version()")).rows[0]!.version.includes("PGlite"),
  );
  test.skip(isEmbedded, "the embedded database is inside the app's own process tree: there is no server to restart");

  await page.goto(BOARD);
  await expect(page.getByText("Live: updates when results are published")).toBeVisible();

  // Requests in flight while the database goes away, signed out and signed in (the header then
  // reads the user): each gets a page, the page's "back in a moment" notice or a clear error, never
  // Next's bare error document, and none hangs.
  const player = await playwright.request.newContext({ baseURL, storageState: "playwright/.auth/player.json" });
  const inFlight = Array.from({ length: 24 }, (_, index) =>
    (index % 3 ? request : player).get(index % 2 ? BOARD : "/", { timeout: 30_000 }),
  );
  await restartPostgres();
  for (const response of await Promise.all(inFlight)) {
    const body = await response.text();
    expect(body).not.toContain("__next_error__");
    if (response.ok()) continue;
    expect(response.status()).toBe(500);
    expect(body).toContain("the database may be restarting");
  }
  await player.dispose();

  // The same server answers normally again once the database is back.
  await expect(async () => {
    const response = await request.get(BOARD);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Overall leaderboard");
  }).toPass({ timeout: 30_000, intervals: [500, 1000, 2000] });

  // The open board's live connection comes back on its own too.
  await expect(page.getByText("Live: updates when results are published")).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Overall leaderboard" })).toBeVisible();
});
