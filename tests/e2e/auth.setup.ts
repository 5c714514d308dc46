import { expect, test as setup } from "@playwright/test";
import { confirmSignUpEmail, E2E_ADMIN_EMAIL, E2E_PASSWORD, newAccount, signIn, signUp, submitSignUp } from "./helpers/accounts";

// Signed-in browser states per role, reused by the specs that need them.
setup("sign up a player", async ({ page }) => {
  await signUp(page, newAccount("player"));
  await page.context().storageState({ path: "playwright/.auth/player.json" });
});

setup("sign up the admin: ADMIN_EMAILS promotes only a proven address", async ({ page }) => {
  const admin = { ...newAccount("admin"), email: E2E_ADMIN_EMAIL };
  await submitSignUp(page, admin);
  // Anyone can type the listed address at sign-up: with the password alone, no admin rights.
  await signIn(page, { email: E2E_ADMIN_EMAIL, password: E2E_PASSWORD });
  await expect(page.getByRole("link", { name: `Account of ${admin.displayName}` })).toBeVisible();
  const refused = await page.goto("/admin");
  expect(refused?.status()).toBe(403);

  // The link of the email proves the address: admin at once.
  await confirmSignUpEmail(page, admin);
  await expect(page.getByRole("link", { name: `Account of ${admin.displayName}` })).toBeVisible();
  const allowed = await page.goto("/admin");
  expect(allowed?.status()).toBe(200);
  await page.context().storageState({ path: "playwright/.auth/admin.json" });
});
