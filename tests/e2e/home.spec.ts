import { expect, test } from "@playwright/test";

test("home page shows the featured Defender team's crews", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);

  const body = page.locator("body");
  await expect(body).toContainText("Peterhansel");
  await expect(body).toContainText("Baciuška");
  await expect(body).toContainText("Price");
});
