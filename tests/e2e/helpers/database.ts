import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type pg from "pg";
import { withClient } from "../../../scripts/start/pg-client";

/** Where `npm start -- --ephemeral` leaves the URL of the suite's throwaway database. */
export const E2E_DATABASE_URL_FILE = "playwright/.auth/database-url";

/** A connection to the suite's database for `work`. */
function withE2eDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(readFileSync(E2E_DATABASE_URL_FILE, "utf8").trim(), work);
}

/**
 * An upcoming event whose prologue starts `secondsToLock` from now (database clock) and stage 1 a
 * day later: three Defender crews that do not fit the budget together, two rivals.
 */
export async function createLockingEvent(secondsToLock: number) {
  const suffix = randomBytes(4).toString("hex");
  const slug = `e2e-${suffix}`;
  return withE2eDatabase(async (client) => {
    const one = async (sql: string, values: unknown[]) => (await client.query<{ id: number }>(sql, values)).rows[0]!.id;
    const seasonId = await one("INSERT INTO season (slug, name, year, updated_at) VALUES ($1, $2, 2027, now()) RETURNING id", [
      `season-${suffix}`,
      `Season ${suffix}`,
    ]);
    const eventId = await one(
      `INSERT INTO event (season_id, slug, name, time_zone, start_date, end_date, status, updated_at)
       VALUES ($1, $2, $3, 'Asia/Riyadh', current_date, current_date + 14, 'UPCOMING', now()) RETURNING id`,
      [seasonId, slug, `E2E Rally ${suffix}`],
    );
    const team = (name: string) =>
      one("INSERT INTO team (event_id, name, updated_at) VALUES ($1, $2, now()) RETURNING id", [eventId, name]);
    const defender = await team("Defender Rally");
    const rival = await team("Rival Racing");
    await client.query("UPDATE event SET featured_team_id = $1 WHERE id = $2", [defender, eventId]);
    const crews: [number, string, number][] = [
      [defender, "Amber Dune", 38],
      [defender, "Basil Crest", 36],
      [defender, "Cora Wadi", 34],
      [rival, "Dario Sands", 24],
      [rival, "Elif Mirage", 20],
    ];
    for (const [index, [teamId, driver, price]] of crews.entries()) {
      await client.query("INSERT INTO crew (event_id, team_id, number, driver, price, updated_at) VALUES ($1, $2, $3, $4, $5, now())", [
        eventId,
        teamId,
        700 + index,
        driver,
        price,
      ]);
    }
    await client.query(
      `INSERT INTO stage (event_id, number, type, start_town, finish_town, starts_at, updated_at) VALUES
       ($1, 0, 'PROLOGUE', 'Yanbu', 'Yanbu', now() + make_interval(secs => $2), now()),
       ($1, 1, 'STAGE', 'Yanbu', 'AlUla', now() + interval '1 day', now())`,
      [eventId, secondsToLock],
    );
    return { slug };
  });
}

/**
 * Scored players on the event's overall board, best first, as standing rows (what a publish
 * leaves). The event is marked finished so it never becomes the home page's event to play for the
 * specs after this one.
 */
export async function addStandings(slug: string, players: { name: string; total: number }[]): Promise<void> {
  await withE2eDatabase(async (client) => {
    await client.query("UPDATE event SET status = 'COMPLETED' WHERE slug = $1", [slug]);
    for (const [index, { name, total }] of players.entries()) {
      const user = await client.query<{ id: string }>(`INSERT INTO "user" (display_name, updated_at) VALUES ($1, now()) RETURNING id`, [
        name,
      ]);
      await client.query(
        `INSERT INTO standing (event_id, user_id, total, exact, rank, joined_at, position, updated_at)
         SELECT id, $2, $3, 1, $4, now(), $4, now() FROM event WHERE slug = $1`,
        [slug, user.rows[0]!.id, total, index + 1],
      );
    }
  });
}

/** Marks an account's address as proven, as a verification link or a provider that verified it would. */
export async function markEmailVerified(email: string): Promise<void> {
  await withE2eDatabase((client) => client.query('UPDATE "user" SET email_verified = now() WHERE email = $1', [email]));
}

/** Clears the password limits' counters (rate_limit rows) whose key starts with `prefix`. */
export async function clearRateLimits(prefix: string): Promise<void> {
  await withE2eDatabase((client) => client.query("DELETE FROM rate_limit WHERE key LIKE $1", [`${prefix}%`]));
}

/** An account's id, by its address (pages address players by id). */
export async function findUserId(email: string): Promise<string> {
  return withE2eDatabase(async (client) => (await client.query<{ id: string }>('SELECT id FROM "user" WHERE email = $1', [email])).rows[0]!.id);
}

export async function findCrewId(slug: string, driver: string): Promise<number> {
  return withE2eDatabase(
    async (client) =>
      (
        await client.query<{ id: number }>(
          "SELECT c.id FROM crew c JOIN event e ON e.id = c.event_id WHERE e.slug = $1 AND c.driver = $2",
          [slug, driver],
        )
      ).rows[0]!.id,
  );
}
