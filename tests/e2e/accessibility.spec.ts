import { expect, test } from "@playwright/test";
import { seriousViolations } from "./helpers/axe";

const SAMPLE_EVENT = "dakar-2027";
const REPLAY_EVENT = "dakar-2026";

test.describe("accessibility (axe)", () => {
  test("the public leaderboards have no serious violations", async ({ page }) => {
    await page.goto(`/events/${REPLAY_EVENT}/leaderboard`);
    await expect(page.getByRole("heading", { level: 1, name: "Overall leaderboard" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`/events/${REPLAY_EVENT}/leaderboard?stage=1`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("leaderboard");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test.describe("signed in", () => {
    test.use({ storageState: "playwright/.auth/player.json" });

    test("the roster builder has no serious violations", async ({ page }) => {
      await page.goto(`/play/${SAMPLE_EVENT}`);
      await expect(page.getByRole("button", { name: "Save roster" })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("the account page, with its calendar and notification sections, has no serious violations", async ({ page }) => {
      await page.goto("/account");
      await expect(page.getByRole("heading", { level: 2, name: "Notifications on this device" })).toBeVisible();
      await expect(page.getByText(/^Notifications are (off on|on for) this device/)).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});
