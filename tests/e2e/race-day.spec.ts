import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { createLockingEvent } from "./helpers/database";
import { seriousViolations } from "./helpers/axe";

test.use({ storageState: "playwright/.auth/admin.json" });

/** The page at phone width, kept with the test's output for a person to look at. */
async function phoneScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath(`${name}-390.png`), fullPage: true });
}

const HEADER = "number,driver,co-driver,driver nationality,co-driver nationality,team,vehicle,price";
/** Twelve crews; the event already has #700-#704, so the first five update and seven are new. */
const LINES = Array.from(
  { length: 12 },
  (_, index) =>
    `${700 + index},Racer ${index},Navigator ${index},FRA,ESP,${index % 2 ? "Rival Racing" : "Sand Storm"},Stock SUV,${12 + index}`,
);

test("the admin imports an entry list with two bad rows, sees both named, fixes them and applies", async ({ page }, testInfo) => {
  const { slug } = await createLockingEvent(3600);
  await page.goto(`/admin/events/${slug}`);
  const bad = [...LINES];
  bad[3] = bad[3]!.replace(/,15$/, ",fifteen");
  bad[8] = bad[8]!.replace("FRA", "France");
  const badList = [HEADER, ...bad].join("\n");
  const textbox = page.getByRole("textbox", { name: "Entry list (CSV)" });
  await textbox.fill(badList);
  await page.getByRole("button", { name: "Preview" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "Fix these lines" });
  await expect(problems).toContainText("line 5, price: must be a whole number of credits");
  await expect(problems).toContainText('line 10, driver nationality: "France" is not a 3-letter code');

  // The server refuses the same list, naming both lines, and nothing typed is lost.
  await page.getByRole("button", { name: "Apply the entry list" }).click();
  const refused = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
  await expect(refused).toContainText("line 5, price");
  await expect(refused).toContainText("line 10, driver nationality");
  await expect(textbox).toHaveValue(badList);

  await textbox.fill([HEADER, ...LINES].join("\n"));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("12 crews ready to apply.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Racer 0/ })).toContainText("Updates #700");
  await page.getByRole("button", { name: "Apply the entry list" }).click();
  await expect(page.getByText("Entry list imported: 7 crews added, 5 updated, 0 unchanged.")).toBeVisible();
  await expect(page.getByRole("table", { name: /^Crews with team/ }).getByRole("cell", { name: "711", exact: true })).toBeVisible();
  await expect(page.getByText("crews' prices are still marked as a sample")).toBeVisible();
  await page.getByRole("button", { name: "Confirm prices" }).click();
  await expect(page.getByText("prices confirmed: players no longer see them as samples.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await phoneScreenshot(page, testInfo, "event-import");
  await page.getByRole("region", { name: "Import the entry list" }).screenshot({ path: testInfo.outputPath("import-section-390.png") });
});

test("the timetable refuses a start in the past, naming the row, and keeps what was typed", async ({ page }, testInfo) => {
  const { slug } = await createLockingEvent(3600);
  await page.goto(`/admin/events/${slug}/timetable`);
  const start = page.getByLabel("Start of Stage 1");
  await start.fill("2020-01-05T07:00");
  await page.getByLabel("Finish town of Stage 1").fill("Hail");
  await page.getByRole("button", { name: "Save the timetable" }).click();
  await expect(page.getByRole("status")).toContainText("1 row needs fixing, nothing was saved: Stage 1:");
  await expect(start).toHaveAccessibleDescription(/^Stage 1: Sun, 5 Jan 2020, 07:00 has passed .*a start cannot move into the past\.$/);
  await expect(start).toHaveValue("2020-01-05T07:00");
  await phoneScreenshot(page, testInfo, "timetable-refused");
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByLabel("Finish town of Stage 1")).toHaveValue("Hail");

  // A valid edit of the same table saves at once.
  await page.getByLabel("Start of Stage 1").fill("2099-01-05T07:00");
  await page.getByRole("button", { name: "Save the timetable" }).click();
  await expect(page.getByText("Timetable saved: 1 stage changed.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the race-day view shows the next lock with a live countdown", async ({ page }, testInfo) => {
  const { slug } = await createLockingEvent(3600);
  await page.goto(`/admin/events/${slug}`);
  await page.getByRole("link", { name: "Race-day view" }).click();
  await expect(page.getByRole("heading", { name: "Race day" })).toBeVisible();
  const next = page.getByRole("region", { name: "Next lock" });
  await expect(next).toContainText("Prologue");
  const timer = next.getByRole("timer");
  await expect(timer).toHaveText(/^(00h ?59m|01h ?00m)/);
  const first = await timer.textContent();
  await expect(timer).not.toHaveText(first!);
  await expect(page.getByRole("region", { name: "Running now" })).toContainText("No stage has started yet.");
  await expect(page.getByRole("region", { name: "Last publish" })).toContainText("No results published yet.");
  expect(await seriousViolations(page)).toEqual([]);
  await phoneScreenshot(page, testInfo, "race-day");
});
