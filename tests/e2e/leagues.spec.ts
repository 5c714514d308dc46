import { expect, test } from "@playwright/test";
import { confirmSignUpEmail, newAccount, signUp } from "./helpers/accounts";
import { createLockingEvent } from "./helpers/database";
import { seriousViolations } from "./helpers/axe";

test("a player creates a league, a friend signs up from the invite link and joins, and the owner manages it", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { slug } = await createLockingEvent(3600);
  const owner = newAccount("owner");
  await signUp(page, owner);

  // From the event's play page to the leagues page, the event already chosen.
  await page.goto(`/play/${slug}`);
  await page.getByRole("link", { name: "Leagues: play against your friends" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leagues" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Leagues" })).toBeVisible();
  await expect(page.getByText("You are not in any league yet.")).toBeVisible();
  const create = page.getByRole("form", { name: "Create a league" });
  await expect(create.getByLabel("Event")).toHaveValue(/\d+/);
  await expect(create.getByLabel("Event").locator("option:checked")).toHaveText(/^E2E Rally/);

  await create.getByLabel("League name").fill("x");
  await create.getByRole("button", { name: "Create league" }).click();
  await expect(create.getByText("Use at least 3 characters (this name has 1)")).toBeVisible();
  await create.getByLabel("League name").fill("  Dune   Foxes ");
  await create.getByRole("button", { name: "Create league" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dune Foxes" })).toBeVisible();
  await expect(page.getByText("League created.")).toBeVisible();

  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Invite link copied.")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`^${baseURL!.replaceAll(".", "\\.")}/leagues/join/[2-9A-HJKMNP-Z]{8}$`));
  await expect(page.getByRole("textbox", { name: "Invite link" })).toHaveValue(link);

  // A friend, signed out in another browser, opens the link: sign-in, then sign-up, then back to the invite.
  const friendContext = await browser.newContext();
  const friendPage = await friendContext.newPage();
  await friendPage.goto(link);
  await expect(friendPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fleagues%2Fjoin%2F/);
  await friendPage.getByRole("link", { name: "Create an account" }).click();
  await expect(friendPage.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();
  const friend = newAccount("friend");
  await friendPage.getByLabel("Email").fill(friend.email);
  await friendPage.getByLabel("Display name").fill(friend.displayName);
  await friendPage.getByLabel("Password").fill(friend.password);
  await friendPage.getByRole("button", { name: "Create account" }).click();
  // The email's link finishes the sign-up in the same browser, and goes on to the invite.
  await confirmSignUpEmail(friendPage, friend);
  await expect(friendPage.getByRole("heading", { level: 1, name: "Dune Foxes" })).toBeVisible();
  await expect(friendPage.getByText("You are invited to a private league")).toBeVisible();
  await expect(friendPage.getByText(owner.displayName)).toBeVisible();
  await expect(friendPage.getByText("1 of at most 200")).toBeVisible();
  expect(await seriousViolations(friendPage)).toEqual([]);
  await friendPage.getByRole("button", { name: "Join league" }).click();

  // Both appear on the league board, unscored until results are published.
  const board = friendPage.getByRole("table", { name: "Dune Foxes leaderboard" });
  await expect(board.getByRole("row", { name: new RegExp(owner.displayName) })).toContainText("not scored yet");
  await expect(board.getByRole("row", { name: new RegExp(friend.displayName) })).toBeVisible();
  await expect(friendPage.getByRole("button", { name: "Leave league" })).toBeVisible();
  const boardUrl = friendPage.url();
  await friendPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Leagues" }).click();
  await expect(
    friendPage.getByRole("table", { name: /^Your leagues in E2E Rally/ }).getByRole("row", { name: /Dune Foxes/ }),
  ).toContainText("not scored yet");
  expect(await seriousViolations(friendPage)).toEqual([]);
  await friendPage.goto(boardUrl);
  await page.reload();
  await expect(
    page.getByRole("table", { name: "Dune Foxes leaderboard" }).getByRole("row", { name: new RegExp(friend.displayName) }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The owner replaces the link (after confirming): the old one stops working.
  await page.getByRole("button", { name: "Replace the invite link" }).click();
  await page.getByRole("button", { name: "Yes, make a new link" }).click();
  await expect(page.getByText(/^New invite code [2-9A-Z]{8}: the old code and link no longer work\.$/)).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Invite link" })).not.toHaveValue(link);
  const stranger = await (await browser.newContext({ storageState: "playwright/.auth/player.json" })).newPage();
  await stranger.goto(link);
  await expect(stranger.getByRole("heading", { name: "This invite link does not work" })).toBeVisible();
  await stranger.context().close();

  // The owner removes the friend, who then gets a 404 for the board.
  await page.getByRole("button", { name: `Remove ${friend.displayName}` }).click();
  await expect(page.getByText(`Remove ${friend.displayName} from Dune Foxes?`)).toBeVisible();
  await page.getByRole("button", { name: `Yes, remove ${friend.displayName}` }).click();
  await expect(page.getByRole("list", { name: "Members" }).getByText(friend.displayName)).toHaveCount(0);
  await friendPage.reload();
  await expect(friendPage.getByRole("heading", { name: "Not found" })).toBeVisible();
  await friendContext.close();

  // Deleting asks first, then returns to the leagues page.
  await page.getByRole("button", { name: "Delete league" }).click();
  await page.getByRole("button", { name: "Yes, delete the league" }).click();
  await expect(page.getByText("League deleted.")).toBeVisible();
  await expect(page.getByText("You are not in any league yet.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
