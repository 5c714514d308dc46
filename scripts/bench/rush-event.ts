import type pg from "pg";
import type { BenchEvent } from "./synthetic-players";

export const RUSH_SLUG = "bench-rush";

export type RushEvent = {
  eventId: number;
  stageId: number;
  slug: string;
  crews: BenchEvent["crews"];
  featuredTeamId: number | null;
  rules: BenchEvent["rules"];
};

/**
 * An upcoming event with the replay event's Stock field (same teams, crews and prices) and a single
 * stage, whose start is the lock the rush races: a roster saved after it has no stage left to count
 * for and is refused. The stage starts tomorrow until the bench moves its start to "now".
 */
export async function createRushEvent(client: pg.Client, replay: BenchEvent): Promise<RushEvent> {
  const one = async <T>(sql: string, values: unknown[]) => (await client.query<T & pg.QueryResultRow>(sql, values)).rows[0]!;
  const { season_id: seasonId } = await one<{ season_id: number }>("SELECT season_id FROM event WHERE id = $1", [replay.id]);
  const { id: eventId } = await one<{ id: number }>(
    `INSERT INTO event (season_id, slug, name, time_zone, start_date, end_date, status, rules, updated_at)
     SELECT $1, $2, 'Bench deadline rush', time_zone, current_date, current_date + 1, 'UPCOMING', rules, now() FROM event WHERE id = $3
     RETURNING id`,
    [seasonId, RUSH_SLUG, replay.id],
  );
  const teamIds = new Map<number, number>();
  for (const teamId of new Set(replay.crews.map((crew) => crew.teamId))) {
    const { id } = await one<{ id: number }>(
      "INSERT INTO team (event_id, name, manufacturer, vehicle, updated_at) SELECT $1, name, manufacturer, vehicle, now() FROM team WHERE id = $2 RETURNING id",
      [eventId, teamId],
    );
    teamIds.set(teamId, id);
  }
  const featuredTeamId = replay.featuredTeamId === null ? null : teamIds.get(replay.featuredTeamId)!;
  await client.query("UPDATE event SET featured_team_id = $1 WHERE id = $2", [featuredTeamId, eventId]);
  const crews: BenchEvent["crews"] = [];
  for (const crew of replay.crews) {
    const { id } = await one<{ id: number }>(
      `INSERT INTO crew (event_id, team_id, number, driver, co_driver, vehicle, category, price, updated_at)
       SELECT $1, $2, number, driver, co_driver, vehicle, category, price, now() FROM crew WHERE id = $3 RETURNING id`,
      [eventId, teamIds.get(crew.teamId), crew.id],
    );
    crews.push({ ...crew, id, teamId: teamIds.get(crew.teamId)! });
  }
  const { id: stageId } = await one<{ id: number }>(
    `INSERT INTO stage (event_id, number, type, start_town, finish_town, starts_at, updated_at)
     VALUES ($1, 0, 'PROLOGUE', 'Yanbu', 'Yanbu', now() + interval '1 day', now()) RETURNING id`,
    [eventId],
  );
  return { eventId, stageId, slug: RUSH_SLUG, crews, featuredTeamId, rules: replay.rules };
}

/**
 * The lock, now: the stage starts at the database clock, as the admin's "lock now" (lockStageNow)
 * sets it: the stage row is locked first, which waits for the saves holding it (each save locks
 * its stage FOR SHARE), and the clock is read after, in the next statement. Saves that come later
 * wait for the commit and see the new start. Returns the stored start.
 */
export async function lockRushStage(client: pg.Client, stageId: number): Promise<Date> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT 1 FROM stage WHERE id = $1 FOR NO KEY UPDATE", [stageId]);
    const {
      rows: [row],
    } = await client.query<{ starts_at: Date }>("UPDATE stage SET starts_at = clock_timestamp() WHERE id = $1 RETURNING starts_at", [
      stageId,
    ]);
    await client.query("COMMIT");
    return row!.starts_at;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

export type StoredSave = { userId: string; isAfterLock: boolean; captainId: number; crewIds: number[] };

/** Every roster version saved in the rush event, with its crews; saved_at is compared with the lock in SQL (microseconds). */
export async function listStoredSaves(client: pg.Client, eventId: number, stageId: number): Promise<StoredSave[]> {
  const { rows } = await client.query<{ user_id: string; is_after_lock: boolean; captain_crew_id: number; crews: number[] }>(
    `SELECT r.user_id, v.saved_at >= s.starts_at AS is_after_lock, v.captain_crew_id, array_agg(c.crew_id ORDER BY c.crew_id) AS crews
     FROM roster r JOIN roster_version v ON v.roster_id = r.id JOIN roster_version_crew c ON c.version_id = v.id
     JOIN stage s ON s.id = $2
     WHERE r.event_id = $1 GROUP BY r.user_id, v.id, s.starts_at`,
    [eventId, stageId],
  );
  return rows.map((row) => ({ userId: row.user_id, isAfterLock: row.is_after_lock, captainId: row.captain_crew_id, crewIds: row.crews }));
}
