import { devices, expect, test } from "@playwright/test";
import { newAccount, signUp } from "./helpers/accounts";
import { createLockingEvent, findCrewId, findUserId } from "./helpers/database";
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
  const crewUrl = `/crews/${await findCrewId(slug, "Amber Dune")}`;
  for (const headers of variants) {
    const body = await (await visitor.request.get(stageUrl, { headers })).text();
    expect(body).toContain("stay hidden until the stage starts");
    expect(body).not.toContain(player.displayName);
    expect(body).not.toContain("JOKER");
    // No stats before the lock: not on the stage page, not on the crew page of a picked crew.
    expect(body).not.toContain("Stage stats");
    const crew = await (await visitor.request.get(crewUrl, { headers })).text();
    expect(crew, crewUrl).toContain("No stage has locked yet");
    for (const secret of ["100%", "Share of locked rosters"]) expect(crew, `${crewUrl}: ${secret}`).not.toContain(secret);
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
  // The queue's workers store the stats once the stage has started (the page's first visit asks for them).
  await expect(async () => {
    expect(await (await visitor.request.get(stageUrl)).text()).toContain("Stage stats");
  }).toPass({ timeout: 30_000, intervals: [1000] });
  const after = await (await visitor.request.get(stageUrl)).text();
  expect(after).toContain(player.displayName);
  expect(after).toContain("Chips played on this stage: Joker 1, Wildcard 0, Shield 0.");
  // The stats, stored at the lock, in the HTML and in the RSC payload: one roster, Amber Dune in it and its captain.
  for (const headers of variants) {
    const stats = await (await visitor.request.get(stageUrl, { headers })).text();
    expect(stats).toContain("Stage stats");
    expect(stats).toContain("1 player had a locked roster; 1 called the podium.");
    expect(stats).toContain("Ownership and captaincy");
    const crew = await (await visitor.request.get(crewUrl, { headers })).text();
    expect(crew).toContain("Share of locked rosters holding this crew");
    expect(crew).toContain("100%");
  }
  // At phone width, in English and in Arabic.
  const arabic = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "ar-SA" });
  const english = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-GB" });
  for (const [language, context] of [
    ["en", english],
    ["ar", arabic],
  ] as const) {
    const view = await context.newPage();
    await view.goto(stageUrl);
    await view.locator("#stats").scrollIntoViewIfNeeded();
    await view.screenshot({ path: test.info().outputPath(`stage-stats-${language}.png`), fullPage: true });
    await view.goto(crewUrl);
    await view.screenshot({ path: test.info().outputPath(`crew-stats-${language}.png`), fullPage: true });
    await context.close();
  }
  const compared = await (await visitor.request.get(playerUrls[1]!)).text();
  expect(compared).toContain("Amber Dune");
  expect(compared).toContain("Joker played");
  await page.goto(playerUrls[1]!);
  await page.screenshot({ path: test.info().outputPath("compare-phone.png"), fullPage: true });
  await visitor.close();
});
