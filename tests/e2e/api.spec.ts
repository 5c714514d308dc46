import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { addStandings, createLockingEvent } from "./helpers/database";

test("the leaderboard downloads as CSV and the JSON API answers through the real server", async ({ page, request }) => {
  const { slug } = await createLockingEvent(3600);
  // A player named like a spreadsheet formula.
  const name = `=Formula ${slug.slice(-8)}`;
  await addStandings(slug, [{ name, total: 42 }]);

  await page.goto(`/events/${slug}/leaderboard`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe(`${slug}-leaderboard.csv`);
  const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  expect(csv).toBe(`Rank,Previous rank,Movement,Player,Points,Exact podium slots\r\n1,,,'${name},42,1\r\n`);

  const url = `/api/v1/events/${slug}/leaderboard`;
  const board = await request.get(url);
  expect(board.status()).toBe(200);
  expect(board.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  expect((await board.json()).rows[0]).toMatchObject({ rank: 1, name, points: 42 });
  const etag = board.headers()["etag"]!;
  expect((await request.get(url, { headers: { "If-None-Match": etag } })).status()).toBe(304);
  expect((await request.head(url)).status()).toBe(200);
  expect((await request.post(url)).status()).toBe(405);

  const bad = await request.get(`${url}?page=zero`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fields).toHaveProperty("page");
  const results = await request.get("/api/v1/events/dakar-2026/results");
  expect(results.status()).toBe(200);
  expect((await results.json()).stages.length).toBeGreaterThan(0);
  const league = await request.get("/api/v1/leagues/1/leaderboard", { headers: { cookie: "" } });
  expect(league.status()).toBe(401);
  expect(league.headers()["cache-control"]).toBe("no-store");
});
