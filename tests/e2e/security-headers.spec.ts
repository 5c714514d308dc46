import { expect, test, type Page, type Response } from "@playwright/test";
import { createLockingEvent } from "./helpers/database";
import { pickCrews } from "./helpers/play";

// Every page carries a nonce-based Content-Security-Policy and the other security headers, and the
// app still runs under it: no violation in the console, no page error, client components react.

const DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** Collects CSP violations, Permissions-Policy complaints and uncaught errors of a page. */
async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (text.includes("Content Security Policy") || text.includes("Permissions-Policy")) problems.push(`console: ${text}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  // The browser's own report, in case a violation is not logged to the console.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
    });
  });
  return problems;
}

/** Checks the headers of a page response and that every script tag in it carries the nonce. */
async function expectSecureHeaders(response: Response | null): Promise<string> {
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  const policy = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1] ?? "";
  expect(nonce).not.toBe("");
  expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  expect(policy).not.toContain("unsafe-eval"); // the suite runs the production build
  for (const directive of DIRECTIVES) expect(policy).toContain(directive);
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-powered-by"]).toBeUndefined();
  expect(headers["permissions-policy"]).toMatch(/(^|, )camera=\(\)/);
  expect(headers["permissions-policy"]).toMatch(/(^|, )geolocation=\(\)/);
  expect(headers["strict-transport-security"]).toMatch(/^max-age=\d+/);

  const scripts = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  return nonce;
}

async function expectNextRunning(page: Page) {
  await page.waitForFunction(() => "next" in window);
}

test.describe("as a visitor", () => {
  test("home and event pages: headers, a fresh nonce per request, a ticking countdown, client navigation", async ({ page }) => {
    const problems = await watchForProblems(page);
    const first = await expectSecureHeaders(await page.goto("/"));
    const timer = page.getByRole("timer").first();
    const shown = await timer.textContent();
    await expect(timer).not.toHaveText(shown ?? "", { timeout: 5_000 });

    const second = await expectSecureHeaders(await page.goto("/"));
    expect(second).not.toBe(first);

    await page.getByRole("link", { name: "Dakar Rally 2026" }).first().click();
    await expect(page).toHaveURL(/\/events\/dakar-2026$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Dakar Rally 2026");
    await expectSecureHeaders(await page.goto("/events/dakar-2026"));
    await expectNextRunning(page);
    expect(problems).toEqual([]);
  });

  test("sign-in page: the form still validates through its server action", async ({ page }) => {
    const problems = await watchForProblems(page);
    await expectSecureHeaders(await page.goto("/sign-in"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Check the highlighted fields.")).toBeVisible();
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("protected pages still redirect to sign-in; API routes get the headers without a page policy", async ({ page, request }) => {
    await page.goto("/play/dakar-2027");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fplay%2Fdakar-2027$/);

    const api = await request.get("/api/auth/providers");
    expect(api.status()).toBe(200);
    expect(api.headers()["x-content-type-options"]).toBe("nosniff");
    expect(api.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(api.headers()["content-security-policy"]).toBeUndefined();
  });
});

test.describe("as a player", () => {
  test.use({ storageState: "playwright/.auth/player.json" });

  test("play page: headers, and the roster builder reacts to a pick", async ({ page }) => {
    const { slug } = await createLockingEvent(3600);
    const problems = await watchForProblems(page);
    await expectSecureHeaders(await page.goto(`/play/${slug}`));
    await pickCrews(page, ["Amber Dune"]);
    await expect(page.getByText("38 / 100 credits · 62 left")).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: "playwright/.auth/admin.json" });

  test("admin page: headers and no violation", async ({ page }) => {
    const problems = await watchForProblems(page);
    await expectSecureHeaders(await page.goto("/admin"));
    await expect(page.getByRole("heading", { name: "Admin" })).toBeVisible();
    await expectNextRunning(page);
    expect(problems).toEqual([]);
  });
});
