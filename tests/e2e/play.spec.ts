import { devices, expect, test } from "@playwright/test";
import { newAccount, signUp } from "./helpers/accounts";
import { createLockingEvent, findUserId } from "./helpers/database";
import { callPrologue, pickCrews } from "./helpers/play";

const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices["Pixel 7"];
test.use({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });

test("on a phone: build a roster, get refused over budget, save, call the podium, see it lock", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { slug } = await createLockingEvent(40);
  const player = newAccount("phone");
  await signUp(page, player);
  await page.goto(`/play/${slug}`);

  const crews = await pickCrews(page, ["Amber Dune", "Basil Crest", "Cora Wadi"]);
  await expect(page.getByText("Over budget by 8 credits (108 of 100).").first()).toBeVisible();
  await crews.getByRole("radio", { name: "Captain Amber Dune" }).check();
  await page.getByRole("button", { name: "Save roster" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Over budget" })).toContainText("Over budget by 8 credits");

  await crews.getByRole("button", { name: "Remove Cora Wadi" }).click();
  await crews.getByRole("button", { name: "Pick Elif Mirage" }).click();
  await expect(page.getByText("94 / 100 credits · 6 left")).toBeVisible();
  await page.getByRole("button", { name: "Save roster" }).click();
  await expect(page.getByText("Roster saved. It counts from the prologue.")).toBeVisible();

  // A chip goes with the roster for the prologue, and is still chosen when the page comes back.
  const chips = page.getByRole("group", { name: "Chips" });
  await expect(chips).toContainText("It acts on Prologue only");
  await chips.getByRole("radio", { name: /^Joker:/ }).check();
  await page.getByRole("button", { name: "Save roster" }).click();
  await expect(page.getByText("Roster saved. It counts from the prologue.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: "Chips" }).getByRole("radio", { name: /^Joker:/ })).toBeChecked();
  await page.getByRole("group", { name: "Chips" }).screenshot({ path: test.info().outputPath("chips-phone.png") });

  await callPrologue(page);

  // Fair play: before the start another visitor's raw responses carry none of these picks.
  const visitor = await browser.newContext();
  const stageUrl = `/events/${slug}/stages/0`;
  const playerId = await findUserId(player.email);
  const playerUrls = [`/players/${playerId}?event=${slug}`, `/events/${slug}/compare?a=${playerId}&b=${playerId}`];
  const variants: Record<string, string>[] = [{}, { RSC: "1" }]; // the HTML and the React server component payload
  for (const headers of variants) {
    const body = await (await visitor.request.get(stageUrl, { headers })).text();
    expect(body).toContain("stay hidden until the stage starts");
    expect(body).not.toContain(player.displayName);
    expect(body).not.toContain("JOKER");
    // The player's own page and the compare page show nothing of the prologue's roster, call or chip.
    for (const url of playerUrls) {
      const page = await (await visitor.request.get(url, { headers })).text();
      expect(page, url).toContain(player.displayName);
      for (const secret of ["Amber Dune", "Elif Mirage", "Joker played"]) expect(page, `${url}: ${secret}`).not.toContain(secret);
    }
  }

  // After the start: the page says locked, the call cannot be changed, and the picks are public.
  await expect(async () => {
    await page.goto(`/play/${slug}`);
    await expect(page.getByRole("heading", { name: "Stage 1 locks in" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000, intervals: [2000] });
  await expect(page.getByRole("form", { name: "Podium call for Prologue" })).toHaveCount(0);
  await expect(page.getByText("Your call: P1 #700 Amber Dune, P2 #703 Dario Sands, P3 #701 Basil Crest")).toBeVisible();
  const after = await (await visitor.request.get(stageUrl)).text();
  expect(after).toContain(player.displayName);
  expect(after).toContain("Chips played on this stage: Joker 1, Wildcard 0, Shield 0.");
  const compared = await (await visitor.request.get(playerUrls[1]!)).text();
  expect(compared).toContain("Amber Dune");
  expect(compared).toContain("Joker played");
  await page.goto(playerUrls[1]!);
  await page.screenshot({ path: test.info().outputPath("compare-phone.png"), fullPage: true });
  await visitor.close();
});
