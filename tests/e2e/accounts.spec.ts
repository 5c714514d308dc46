import { expect, test } from "@playwright/test";
import { newAccount, signIn, signOut, signUp } from "./helpers/accounts";

test("a newcomer signs up, signs out and signs back in", async ({ page }) => {
  const account = newAccount();
  await signUp(page, account);
  await signOut(page);

  await signIn(page, account);
  await expect(page.getByRole("link", { name: `Account of ${account.displayName}` })).toBeVisible();
});

test("sign-up explains bad fields and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Display name").fill("ok name");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await expect(page.getByLabel("Display name")).toHaveValue("ok name");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("a wrong password gets a generic message, and repeated failures are rate limited", async ({ page }) => {
  const account = newAccount();
  await signUp(page, account);
  await signOut(page);

  await signIn(page, { email: account.email, password: "not-my-password" });
  await expect(page.getByRole("status")).toHaveText("Wrong email or password.");
  await expect(page.getByLabel("Email")).toHaveValue(account.email);

  // An unknown email reads exactly the same: no account enumeration.
  await signIn(page, { email: `nobody-${Date.now()}@example.test`, password: "whatever-123" });
  await expect(page.getByRole("status")).toHaveText("Wrong email or password.");

  for (let attempt = 2; attempt <= 10; attempt += 1) {
    await signIn(page, { email: account.email, password: `wrong-${attempt}` });
    await expect(page.getByRole("status")).toHaveText("Wrong email or password.");
  }

  // Ten failures for the account: even the right password is not checked now.
  await signIn(page, account);
  await expect(page.getByRole("status")).toHaveText(/^Too many attempts\. Try again in 1[45] minutes\.$/);
});

test("a visitor opening their account page signs in and comes back to it", async ({ page }) => {
  const account = newAccount();
  await signUp(page, account);
  await signOut(page);

  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});

test("changing the password signs out every other session; 'sign out everywhere' ends them all", async ({ page, browser }) => {
  const account = newAccount();
  await signUp(page, account);
  // The same account in another browser (a stolen cookie would be the same).
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, account);
  await expect(other.getByRole("link", { name: `Account of ${account.displayName}` })).toBeVisible();

  await page.goto("/account");
  await page.getByLabel("Current password").fill(account.password);
  await page.getByLabel("New password", { exact: true }).fill("a-brand-new-password-1");
  await page.getByLabel("Repeat the new password").fill("a-brand-new-password-1");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Other devices are signed out.")).toBeVisible();
  // This browser stays signed in; the other one is out.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await other.goto("/account");
  await expect(other).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);

  await signIn(other, { email: account.email, password: "a-brand-new-password-1" });
  await expect(other.getByRole("link", { name: `Account of ${account.displayName}` })).toBeVisible();
  await other.goto("/account");
  await other.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(other.getByText("You are signed out on every device.")).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  await otherContext.close();
});

test("after sign-in, a callback URL only ever leads to a page of this site", async ({ page, baseURL }) => {
  const account = newAccount();
  await signUp(page, account);
  // Browsers drop the tab (%09) and read /\t/evil.test as //evil.test, another site.
  await page.goto("/sign-in?callbackUrl=/%09/evil.test");
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  await expect(page).toHaveURL(/\/$/);
  const newline = await page.goto("/sign-in?callbackUrl=/%0a/x");
  expect(newline?.status()).toBe(200);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});
