import { expect, test } from "@playwright/test";
import { newAccount, signIn, signOut, signUp, submitSignUp } from "./helpers/accounts";
import { waitForMail } from "./helpers/mail";

/** The link of an email, opened on the server under test (emails name APP_URL's host). */
function localPath(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

test("sign-up finishes with the email's link, which works once; a taken address gets the same answer", async ({ page, browser }) => {
  const account = newAccount();
  await submitSignUp(page, account);
  const mail = await waitForMail(account.email);
  expect(mail.subject).toBe("Confirm your email address");
  const link = localPath(mail.links.find((candidate) => candidate.includes("/verify-email?token="))!);
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my address and sign in" }).click();
  await expect(page.getByRole("link", { name: `Account of ${account.displayName}` })).toBeVisible();
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Confirm your email" })).toHaveCount(0);
  // The link works once.
  await page.goto(link);
  await expect(page.getByText("This link does not work any more")).toBeVisible();

  // Someone else tries the same address: the same answer, and its owner is told by email.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await submitSignUp(otherPage, { ...newAccount(), email: account.email });
  const notice = await waitForMail(account.email, 2);
  expect(notice.subject).toBe("You already have a Dune Draft account");
  await other.close();
});

test("forgot password: the email's link sets a new password once, then the player signs in with it", async ({ page }) => {
  const account = newAccount();
  await signUp(page, account);
  await signOut(page);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  // The sign-in page's own Email field stays until the new page has rendered.
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(account.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText("If an account uses this address, we have sent it a link")).toBeVisible();

  const mail = await waitForMail(account.email, 2); // the first was the sign-up's link
  expect(mail.subject).toBe("Reset your Dune Draft password");
  const link = localPath(mail.links.find((candidate) => candidate.includes("/reset-password?token="))!);
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("a-reset-password-42");
  await page.getByLabel("Repeat the new password").fill("a-reset-password-42");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=password-reset/);
  await expect(page.getByText("Your new password is saved")).toBeVisible();

  await signIn(page, { email: account.email, password: account.password });
  await expect(page.getByRole("status")).toHaveText("Wrong email or password.");
  await signIn(page, { email: account.email, password: "a-reset-password-42" });
  await expect(page.getByRole("link", { name: `Account of ${account.displayName}` })).toBeVisible();

  // Used once: the link no longer offers the form.
  await page.goto(link);
  await expect(page.getByText("This link does not work any more")).toBeVisible();
});

test("'forgot password' answers the same for an address with no account", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(`nobody-${Date.now()}@example.test`);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText("If an account uses this address, we have sent it a link")).toBeVisible();
});
