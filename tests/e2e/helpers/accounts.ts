import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { waitForMail } from "./mail";

/** ADMIN_EMAILS of the end-to-end server (playwright.config.ts): this address signs in as admin. */
export const E2E_ADMIN_EMAIL = "e2e-admin@example.test";
export const E2E_PASSWORD = "dunes-at-dawn-2027";

export function newAccount(prefix = "rider") {
  const suffix = randomBytes(4).toString("hex");
  return { email: `${prefix}-${suffix}@example.test`, displayName: `${prefix} ${suffix}`, password: E2E_PASSWORD };
}

type Account = { email: string; displayName: string; password: string };

/** Fills and sends the sign-up form; the answer is "check your inbox", whatever the address. */
export async function submitSignUp(page: Page, account: Account) {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Display name").fill(account.displayName);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(`we sent a link to ${account.email}`)).toBeVisible();
}

/** Opens the sign-up email's link in this page and confirms (the page's one button, in any language). */
export async function confirmSignUpEmail(page: Page, account: Pick<Account, "email">) {
  const mail = await waitForMail(account.email);
  const link = new URL(mail.links.find((candidate) => candidate.includes("/verify-email?token="))!);
  await page.goto(`${link.pathname}${link.search}`);
  await page.getByRole("main").getByRole("button").click();
  // The action signs in and goes where the sign-up was going.
  await expect(page).not.toHaveURL(/\/verify-email/);
}

/** A new player, signed in: the form, then the link of the email it sends. */
export async function signUp(page: Page, account: Account) {
  await submitSignUp(page, account);
  await confirmSignUpEmail(page, account);
  await expect(page.getByRole("link", { name: `Account of ${account.displayName}` })).toBeVisible();
}

export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}
