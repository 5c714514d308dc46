import { expect, test, type Page } from "@playwright/test";
import { newAccount, signUp } from "./helpers/accounts";

// The installable app (manifest, icons, favicon, service worker) and the account page's
// notification channels in a real browser. Headless Chromium has no push service to subscribe
// with, so this checks what it can for real: the worker registers under the CSP and the page
// offers to subscribe; delivery itself is tested against a stand-in push service in
// tests/integration/push-delivery.test.ts.

function watchForCspViolations(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

test("the app is installable: manifest, icons, favicon and the service worker answer", async ({ request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));

  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const {
    icons,
    start_url: startUrl,
    display,
  } = (await manifest.json()) as { icons: { src: string; sizes: string; purpose: string }[]; start_url: string; display: string };
  expect({ startUrl, display }).toEqual({ startUrl: "/", display: "standalone" });
  expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
    "192x192 any",
    "192x192 maskable",
    "512x512 any",
    "512x512 maskable",
  ]);
  for (const icon of [...icons.map((entry) => entry.src), "/apple-icon.png", "/icons/badge-96.png"]) {
    const response = await request.get(icon);
    expect(response.status(), icon).toBe(200);
    expect(response.headers()["content-type"], icon).toBe("image/png");
  }

  const worker = await request.get("/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["content-type"]).toMatch(/^(text|application)\/javascript/);
  expect(worker.headers()["cache-control"]).toBe("no-cache");
  expect(worker.headers()["content-security-policy"]).toContain("default-src 'self'");
});

test("the event page links its stage locks as a calendar file", async ({ page }) => {
  await page.goto("/events/dakar-2027");
  const link = page.getByRole("link", { name: "Add stage locks to your calendar" });
  const href = await link.getAttribute("href");
  expect(href).toBe("/api/v1/events/dakar-2027/calendar.ics");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await response.text()).toContain("BEGIN:VEVENT");
});

test("the account page registers the service worker and offers notifications on this device", async ({ page }) => {
  const problems = watchForCspViolations(page);
  await signUp(page, newAccount("push"));
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Notifications on this device" });
  await expect(section.getByText("Notifications are off on this device.")).toBeVisible();
  await expect(section.getByRole("button", { name: "Turn on notifications" })).toBeVisible();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/"))?.scope ?? null);
  expect(scope).toBe(new URL("/", page.url()).href);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toMatch(/\/sw\.js$/);
  expect(problems).toEqual([]);
});

test("turning notifications on either subscribes or says why not, never a silent failure", async ({ page, context }) => {
  await context.grantPermissions(["notifications"]);
  await signUp(page, newAccount("push-on"));
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Notifications on this device" });
  await section.getByRole("button", { name: "Turn on notifications" }).click();
  // Headless Chromium has no push service and refuses the subscription ("Registration failed");
  // a browser with one subscribes and the page offers the test notification.
  const subscribed = section.getByRole("button", { name: "Send me a test notification" });
  const refused = section.getByText(/^This browser could not turn notifications on: /);
  await expect(subscribed.or(refused)).toBeVisible();
  if (await refused.isVisible()) await expect(section.getByText("Notifications are off on this device.")).toBeVisible();
});

test("the personal calendar link is shown once, works, and replacing it revokes the old one", async ({ page }) => {
  await signUp(page, newAccount("cal"));
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Calendar" });
  await section.getByRole("button", { name: "Get my calendar link" }).click();
  const field = section.getByRole("textbox", { name: "Your calendar link" });
  await expect(field).toHaveValue(/\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}$/);
  const first = await field.inputValue();
  const feed = await page.request.get(first);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");

  await section.getByRole("button", { name: "Replace link" }).click();
  await expect(field).not.toHaveValue(first);
  expect((await page.request.get(first)).status()).toBe(404);
  expect((await page.request.get(await field.inputValue())).status()).toBe(200);

  await page.reload();
  await expect(section.getByText(/Your link was made on .* and is shown only then/)).toBeVisible();
  await expect(section.getByRole("textbox")).toHaveCount(0);
});
