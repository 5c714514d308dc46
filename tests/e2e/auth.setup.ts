import { expect, test as setup } from "@playwright/test";
import { E2E_ADMIN_EMAIL, E2E_PASSWORD, newAccount, signIn, signOut, signUp } from "./helpers/accounts";
import { markEmailVerified } from "./helpers/database";

// Signed-in browser states per role, reused by the specs that need them.
setup("sign up a player", async ({ page }) => {
  await signUp(page, newAccount("player"));
  await page.context().storageState({ path: "playwright/.auth/player.json" });
});

setup("sign up the admin: ADMIN_EMAILS promotes only a proven address", async ({ page }) => {
  const admin = { ...newAccount("admin"), email: E2E_ADMIN_EMAIL };
  await signUp(page, admin);
  // Anyone can type the listed address at sign-up: that alone never makes an admin.
  const refused = await page.goto("/admin");
  expect(refused?.status()).toBe(403);
  await signOut(page);

  await markEmailVerified(E2E_ADMIN_EMAIL);
  await signIn(page, { email: E2E_ADMIN_EMAIL, password: E2E_PASSWORD });
  await expect(page.getByRole("link", { name: `Account of ${admin.displayName}` })).toBeVisible();
  const allowed = await page.goto("/admin");
  expect(allowed?.status()).toBe(200);
  await page.context().storageState({ path: "playwright/.auth/admin.json" });
});
