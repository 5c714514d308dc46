import { expect, test } from "@playwright/test";
import { newAccount, signUp } from "./helpers/accounts";
import { createLockingEvent } from "./helpers/database";
import { seriousViolations } from "./helpers/axe";
import { callPrologue, pickCrews } from "./helpers/play";

test("an admin pastes a CSV with a bad row, fixes it, publishes, and the player's points appear", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const { slug } = await createLockingEvent(30);

  // A player picks before the prologue locks: captain #700, and a perfect call.
  const player = newAccount("scorer");
  await signUp(page, player);
  await page.goto(`/play/${slug}`);
  const crews = await pickCrews(page, ["Amber Dune", "Basil Crest", "Elif Mirage"]);
  await crews.getByRole("radio", { name: "Captain Amber Dune" }).check();
  await page.getByRole("button", { name: "Save roster" }).click();
  await expect(page.getByText("Roster saved. It counts from the prologue.")).toBeVisible();
  await callPrologue(page);

  // A visitor keeps the (still empty) board open while the results come in.
  const visitor = await browser.newContext();
  const liveBoard = await visitor.newPage();
  await liveBoard.goto(`/events/${slug}/leaderboard`);
  await expect(liveBoard.getByText("No scores yet")).toBeVisible();
  await expect(liveBoard.getByText("Live: updates when results are published")).toBeVisible();

  const admin = await (await browser.newContext({ storageState: "playwright/.auth/admin.json" })).newPage();
  await expect(async () => {
    await admin.goto(`/admin/events/${slug}/results/0`);
    await admin
      .getByRole("textbox", { name: /Header/ })
      .fill(`position,number,time,penalty,status\n1,700,12'03",,FINISHED\n2,799,12'07",,FINISHED\n3,701,12'08",,FINISHED`);
    await admin.getByRole("button", { name: "Fill the grid" }).click();
    await expect(admin.getByRole("alert").filter({ hasText: "line 3" })).toContainText("799");

    await admin
      .getByRole("textbox", { name: /Header/ })
      .fill(`position,number,time,penalty,status\n1,700,12'03",,FINISHED\n2,703,12'07",,FINISHED\n3,701,12'08",,FINISHED`);
    await admin.getByRole("button", { name: "Fill the grid" }).click();
    await expect(admin.getByLabel("Position of #703 Dario Sands")).toHaveValue("2");
    await admin.getByRole("button", { name: "Save draft" }).click();
    await expect(admin.getByText("Draft saved.")).toBeVisible();
    await admin.getByRole("button", { name: "Publish (provisional)" }).click();
    // Publishing before the prologue has started is refused; retry until the lock has passed.
    await expect(admin.getByText("Published as provisional: every player is rescored.")).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 90_000, intervals: [3000] });

  // The open board updated itself: no reload, no navigation.
  const liveUrl = liveBoard.url();
  await expect(liveBoard.getByRole("row", { name: new RegExp(player.displayName) })).toContainText("115");
  await expect(liveBoard.getByText("Provisional")).toBeVisible();
  expect(liveBoard.url()).toBe(liveUrl);
  expect(await seriousViolations(liveBoard)).toEqual([]);

  // Roster 25×2 (captain P1) + 15 (P3) = 65; call 10+10+10 exact + 15 perfect + 5 featured best = 50.
  await page.goto(`/play/${slug}/history`);
  await expect(page.getByText("115 (roster 65, call 50) · 3 exact")).toBeVisible();

  // The public leaderboard reads the stored standings: provisional, with the player's row pinned for them.
  await page.goto(`/events/${slug}/leaderboard`);
  await expect(page.getByText("Provisional")).toBeVisible();
  await expect(page.getByText("You are #1 with 115 points.")).toBeVisible();
  const board = await visitor.newPage();
  await board.goto(`/events/${slug}/leaderboard?stage=0`);
  await expect(board.getByRole("row", { name: new RegExp(player.displayName) })).toContainText("115");

  // The player's public page: the prologue crew by crew, the captain's points doubled.
  await board.getByRole("link", { name: player.displayName }).click();
  await expect(board.getByRole("heading", { level: 1, name: player.displayName })).toBeVisible();
  const roster = board.getByRole("table", { name: /^Roster for / }).first();
  await expect(roster.getByRole("row", { name: /Amber Dune/ })).toContainText("+50");
  await expect(board.getByRole("img", { name: /Points after each stage: P 115/ })).toBeVisible();
  expect(await seriousViolations(board)).toEqual([]);
  await visitor.close();
  await admin.context().close();
});
