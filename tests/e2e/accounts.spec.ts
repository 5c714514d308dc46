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

  for (let attempt = 2; attempt <= 5; attempt += 1) {
    await signIn(page, { email: account.email, password: `wrong-${attempt}` });
    await expect(page.getByRole("status")).toContainText("Wrong email or password.");
  }
  await expect(page.getByRole("status")).toContainText(/Try again in 1[45] minutes/);

  // Even the right password waits now.
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
