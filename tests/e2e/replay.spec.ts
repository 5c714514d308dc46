import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { parseScoringInput, scoreEvent } from "@/lib/game/scoring";
import { newAccount, signUp } from "./helpers/accounts";
import { E2E_DATABASE_URL_FILE } from "./helpers/database";

// Replays the Dakar 2026 through the UI: one roster for the whole run (no transfers), the Joker and a
// podium call on the prologue, every stage revealed to the final classification. The run's total must be the scoring
// engine's on the same picks, computed here from the event's stored results; the run then shows on the
// replay board.

const SLUG = "dakar-2026";
const ROSTER = ["Rokas Baciuška", "Ronald Basso", "Akira Miura"]; // 36 + 24 + 20 = 80 credits
const CAPTAIN = "Rokas Baciuška";
// Real prologue: 504 Price, 500 Peterhansel, 502 Baciuška.
const PROLOGUE_CALL = { p1: "#504 Sara Price", p2: "#500 Stéphane Peterhansel", p3: "#501 Akira Miura", best: "#504 Sara Price" };

type Row = { crew_id: number; position: number | null; status: "FINISHED" | "DNF" | "DSQ" | "DNS" };

/** The engine's total for these picks, from the database the server runs on. */
async function expectedTotal(): Promise<{ total: number; exact: number }> {
  const client = new pg.Client({ connectionString: readFileSync(E2E_DATABASE_URL_FILE, "utf8").trim() });
  await client.connect();
  try {
    const [event] = (await client.query("SELECT id, featured_team_id FROM event WHERE slug = $1", [SLUG])).rows;
    const crews = (
      await client.query("SELECT id, team_id, driver, number FROM crew WHERE event_id = $1 AND category = 'STOCK'", [event.id])
    ).rows;
    const stages = (
      await client.query(
        `SELECT id, number FROM stage WHERE event_id = $1 AND status <> 'CANCELLED' AND results_status IN ('PROVISIONAL', 'OFFICIAL') ORDER BY number`,
        [event.id],
      )
    ).rows;
    const results = (await client.query<Row & { stage_id: number }>("SELECT stage_id, crew_id, position, status FROM stage_result")).rows;
    const final = (await client.query<Row>("SELECT crew_id, position, status FROM final_result WHERE event_id = $1", [event.id])).rows;
    const byDriver = (driver: string) => String(crews.find((crew) => crew.driver === driver)!.id);
    const byNumber = (label: string) => String(crews.find((crew) => crew.number === Number(label.slice(1, 4)))!.id);
    const row = (result: Row) => ({ crew: String(result.crew_id), status: result.status, position: result.position });
    const parsed = parseScoringInput({
      featuredTeam: String(event.featured_team_id),
      crews: crews.map((crew) => ({ id: String(crew.id), team: String(crew.team_id) })),
      stages: stages.map((stage) => ({ id: String(stage.id), results: results.filter((result) => result.stage_id === stage.id).map(row) })),
      final: final.map(row),
      players: [
        {
          id: "e2e",
          joinedAt: "2026-01-01T00:00:00Z",
          // The run locks one roster per stage, as the live game does: the same crews every time.
          rosters: stages.map((stage, index) => ({
            stage: String(stage.id),
            crews: ROSTER.map(byDriver),
            captain: byDriver(CAPTAIN),
            ...(index === 0 ? { chip: "JOKER" as const } : {}),
          })),
          predictions: [
            {
              stage: String(stages[0].id),
              podium: [PROLOGUE_CALL.p1, PROLOGUE_CALL.p2, PROLOGUE_CALL.p3].map(byNumber),
              featuredBest: byNumber(PROLOGUE_CALL.best),
            },
          ],
        },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const [scored] = scoreEvent(parsed.value).leaderboard;
    return { total: scored!.total, exact: scored!.exact };
  } finally {
    await client.end();
  }
}

async function revealOpenStage(page: Page) {
  const reveal = page.getByRole("form", { name: /^Reveal / });
  const heading = await page.getByRole("heading", { name: /^Now playing: / }).textContent();
  await reveal.getByRole("button", { name: /^Reveal / }).click();
  // The page moves on to the next stage, or to the finished run.
  await expect(page.getByRole("heading", { name: heading ?? "" })).toHaveCount(0);
}

test("replay the Dakar 2026 to the final classification, scored as the engine, then on the replay board", async ({ page, browser }) => {
  test.setTimeout(180_000);

  // A visitor is offered to sign in and come back to the event.
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(`/events/${SLUG}`);
  const signInLink = visitorPage.getByRole("link", { name: "Sign in to replay this rally" });
  await expect(signInLink).toHaveAttribute("href", `/sign-in?callbackUrl=${encodeURIComponent(`/events/${SLUG}`)}`);
  await visitor.close();

  const player = newAccount("replay");
  await signUp(page, player);
  await page.goto(`/events/${SLUG}`);
  await page.getByRole("button", { name: "Replay this rally" }).click();
  await expect(page).toHaveURL(/\/replays\/\d+$/);
  await expect(page.getByText("This run shows only the stages you have revealed.")).toBeVisible();

  // Prologue: the roster (rules checked as in the live game), then the call.
  const crews = page.getByRole("list", { name: "Crews" });
  for (const driver of ROSTER) await crews.getByRole("button", { name: `Pick ${driver}` }).click();
  await crews.getByRole("radio", { name: `Captain ${CAPTAIN}` }).check();
  // The Joker on the prologue: the roster's points there count double.
  await page
    .getByRole("group", { name: "Chips" })
    .getByRole("radio", { name: /^Joker/ })
    .check();
  await page.getByRole("button", { name: "Save roster" }).click();
  await expect(page.getByText("Roster saved for this stage.")).toBeVisible();
  const call = page.getByRole("form", { name: "Podium call for Prologue" });
  // A refused call names the field and keeps every pick on screen.
  await call.getByLabel("Prologue P1").selectOption({ label: PROLOGUE_CALL.p1 });
  await call.getByLabel("Prologue P2").selectOption({ label: PROLOGUE_CALL.p1 });
  await call.getByLabel("Prologue P3").selectOption({ label: PROLOGUE_CALL.p3 });
  await call.getByLabel("Best Defender Rally crew").selectOption({ label: PROLOGUE_CALL.best });
  await call.getByRole("button", { name: "Save call" }).click();
  await expect(call.getByText("Pick three different crews")).toBeVisible();
  await expect(call.getByLabel("Prologue P2").locator("option:checked")).toHaveText(PROLOGUE_CALL.p1);
  await expect(call.getByLabel("Prologue P3").locator("option:checked")).toHaveText(PROLOGUE_CALL.p3);
  await call.getByLabel("Prologue P2").selectOption({ label: PROLOGUE_CALL.p2 });
  await call.getByLabel("Prologue P3").selectOption({ label: PROLOGUE_CALL.p3 });
  await call.getByLabel("Best Defender Rally crew").selectOption({ label: PROLOGUE_CALL.best });
  await call.getByRole("button", { name: "Save call" }).click();
  await expect(call.getByText("Podium call saved.")).toBeVisible();
  // The saved call stays on screen (the form is not reset to empty selects).
  await expect(call.getByLabel("Prologue P1").locator("option:checked")).toHaveText(PROLOGUE_CALL.p1);

  // The phone view of a run in progress, looked at before calling the page done.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("replay-run-390.png"), fullPage: true });
  // The same in Arabic, chips included, right to left.
  await page.goto(`${page.url()}?lang=ar`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("group", { name: "الأوراق الخاصة" }).getByRole("radio", { name: /^الجوكر/ })).toBeChecked();
  await page.screenshot({ path: test.info().outputPath("replay-run-ar-390.png"), fullPage: true });
  await page.goto(page.url().replace("?lang=ar", "?lang=en"));
  await page.setViewportSize({ width: 1280, height: 720 });

  // Resume from the event page, then reveal every stage: the roster carries over.
  await page.goto(`/events/${SLUG}`);
  await page.getByRole("link", { name: "Resume your replay" }).click();
  await revealOpenStage(page);
  await expect(page.getByText(/^Stage revealed: \d+ points\. Your run now stands at \d+ points\.$/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Now playing: Stage 1" })).toBeVisible();
  // The prologue played the Joker: shown with its stage, and no longer offered for this run.
  await expect(page.getByText("Chip played: Joker")).toBeVisible();
  const joker = page.getByRole("group", { name: "Chips" }).getByRole("radio", { name: /^Joker/ });
  await expect(joker).toBeDisabled();
  await expect(page.getByRole("group", { name: "Chips" })).toContainText("Played on the prologue");
  await expect(page.getByText(/after 1 of 14 stages/)).toBeVisible();
  while (await page.getByRole("heading", { name: /^Now playing: / }).count()) await revealOpenStage(page);

  await expect(page.getByRole("heading", { name: "Run finished" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Final classification" })).toBeVisible();
  const expected = await expectedTotal();
  await expect(page.getByText(`${expected.total} pts after 14 of 14 stages`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("replay-finished.png"), fullPage: true });

  // The finished run in Arabic on a phone: right to left, looked at as a screenshot.
  const runUrl = page.url();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${runUrl}?lang=ar`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "اكتملت الجولة" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("replay-finished-ar-390.png") });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(runUrl);

  // The replay board, public: the run with its total.
  await page.getByRole("link", { name: "See the replay board" }).first().click();
  await expect(page).toHaveURL(`/events/${SLUG}/replays`);
  const row = page.getByRole("row").filter({ hasText: player.displayName });
  await expect(row).toContainText(String(expected.total));
  await expect(row).toContainText(String(expected.exact));
});
