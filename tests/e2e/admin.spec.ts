import { expect, test } from "@playwright/test";
import { newAccount, signUp } from "./helpers/accounts";

test.describe("as a player", () => {
  test.use({ storageState: "playwright/.auth/player.json" });

  test("the admin area answers 403", async ({ page }) => {
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
  });
});

test.describe("as an admin", () => {
  test("grants admin to a player, who then sees the admin area", async ({ browser }) => {
    const playerContext = await browser.newContext();
    const playerPage = await playerContext.newPage();
    const player = newAccount("promoted");
    await signUp(playerPage, player);

    const adminContext = await browser.newContext({ storageState: "playwright/.auth/admin.json" });
    const adminPage = await adminContext.newPage();
    await adminPage.goto(`/admin/users?q=${encodeURIComponent(player.email)}`);
    const row = adminPage.getByRole("row", { name: new RegExp(player.displayName) });
    await row.getByRole("button", { name: `Grant admin for ${player.email}` }).click();
    await expect(adminPage.getByText(`${player.email} is now an admin.`)).toBeVisible();

    // Roles are read from the database on every request: no new sign-in needed.
    const response = await playerPage.goto("/admin");
    expect(response?.status()).toBe(200);
    await expect(playerPage.getByRole("heading", { name: "Admin" })).toBeVisible();
    await Promise.all([playerContext.close(), adminContext.close()]);
  });
});
