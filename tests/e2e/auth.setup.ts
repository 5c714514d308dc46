import { test as setup } from "@playwright/test";
import { E2E_ADMIN_EMAIL, newAccount, signUp } from "./helpers/accounts";

// Signed-in browser states per role, reused by the specs that need them.
setup("sign up a player", async ({ page }) => {
  await signUp(page, newAccount("player"));
  await page.context().storageState({ path: "playwright/.auth/player.json" });
});

setup("sign up the admin", async ({ page }) => {
  await signUp(page, { ...newAccount("admin"), email: E2E_ADMIN_EMAIL });
  await page.context().storageState({ path: "playwright/.auth/admin.json" });
});
