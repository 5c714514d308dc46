import type pg from "pg";
import { resolveRules, ruleOverridesSchema } from "@/lib/game/rules";
import { generatePlayers, type BenchEvent, type SyntheticPlayers } from "./synthetic-players";

const ROWS_PER_STATEMENT = 25_000;

/** The replay event as the generator needs it, read with plain SQL. */
export async function loadBenchEvent(client: pg.Client, slug: string): Promise<BenchEvent> {
  const {
    rows: [event],
  } = await client.query<{ id: number; featured_team_id: number | null; rules: unknown }>(
    "SELECT id, featured_team_id, rules FROM event WHERE slug = $1",
    [slug],
  );
  if (!event) throw new Error(`the seed did not create the event ${slug}`);
  const { rows: crews } = await client.query<{ id: number; team_id: number; price: number; driver: string; team_name: string }>(
    `SELECT c.id, c.team_id, c.price, c.driver, t.name AS team_name FROM crew c JOIN team t ON t.id = c.team_id
     WHERE c.event_id = $1 AND c.category = 'STOCK' ORDER BY c.id`,
    [event.id],
  );
  const { rows: stages } = await client.query<{ id: number; number: number; starts_at: Date }>(
    "SELECT id, number, starts_at FROM stage WHERE event_id = $1 AND status <> 'CANCELLED' ORDER BY number",
    [event.id],
  );
  return {
    id: event.id,
    featuredTeamId: event.featured_team_id,
    rules: resolveRules(ruleOverridesSchema.parse(event.rules)),
    crews: crews.map((crew) => ({ id: crew.id, teamId: crew.team_id, price: crew.price, label: crew.driver, teamName: crew.team_name })),
    stages: stages.map((stage) => ({ id: stage.id, number: stage.number, startsAt: stage.starts_at })),
  };
}

/** Inserts parallel columns in statements of ROWS_PER_STATEMENT rows through unnest (one array parameter per column). */
async function insertColumns(client: pg.Client, sql: string, columns: readonly (readonly unknown[])[]): Promise<void> {
  const length = columns[0]?.length ?? 0;
  for (let start = 0; start < length; start += ROWS_PER_STATEMENT) {
    await client.query(
      sql,
      columns.map((column) => column.slice(start, start + ROWS_PER_STATEMENT)),
    );
  }
}

/** Reserves `count` ids of a serial column's sequence and returns the first. */
async function reserveIds(client: pg.Client, table: string, count: number): Promise<number> {
  if (count === 0) return 0;
  const {
    rows: [row],
  } = await client.query<{ first: string }>(
    `SELECT setval(pg_get_serial_sequence($1, 'id'), nextval(pg_get_serial_sequence($1, 'id')) + $2 - 1) - $2 + 1 AS first`,
    [table, count],
  );
  return Number(row!.first);
}

export type SeedCounts = { users: number; rosters: number; versions: number; calls: number; leagues: number };

/** A seeded league: its id and its members' user ids. */
export type BenchLeague = { id: number; memberIds: string[] };

/** The indexes of `times` (ISO strings) in time order. */
function timeOrder(times: readonly string[]): number[] {
  return times.map((_, i) => i).sort((a, b) => (times[a]! < times[b]! ? -1 : times[a]! > times[b]! ? 1 : a - b));
}

const reorder = <T>(values: readonly T[], order: readonly number[]) => order.map((i) => values[i]!);

async function insertPlayers(client: pg.Client, eventId: number, data: SyntheticPlayers): Promise<BenchLeague[]> {
  const { users, rosters, leagues } = data;
  // A live database holds rows in the order they were written: versions and calls by their time.
  const versionOrder = timeOrder(data.versions.savedAt);
  const versions = {
    rosterIndex: reorder(data.versions.rosterIndex, versionOrder),
    captainIds: reorder(data.versions.captainIds, versionOrder),
    savedAt: reorder(data.versions.savedAt, versionOrder),
    crews: reorder(data.versions.crews, versionOrder),
  };
  const callOrder = timeOrder(data.calls.createdAt);
  const calls = Object.fromEntries(
    Object.entries(data.calls).map(([key, column]) => [key, reorder(column as unknown[], callOrder)]),
  ) as SyntheticPlayers["calls"];
  await insertColumns(
    client,
    `INSERT INTO "user" (id, email, email_verified, name, display_name, created_at, updated_at)
     SELECT u.id, 'bench-' || u.id || '@bench.invalid', u.created_at, u.name, u.name, u.created_at, u.created_at
     FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS u(id, name, created_at)`,
    [users.ids, users.names, users.createdAt],
  );

  const firstRoster = await reserveIds(client, "roster", rosters.userIds.length);
  await insertColumns(
    client,
    `INSERT INTO roster (id, user_id, event_id, joined_at, created_at, updated_at)
     SELECT r.id, r.user_id, ${eventId}, r.joined_at, r.joined_at, r.joined_at
     FROM unnest($1::int[], $2::uuid[], $3::timestamptz[]) AS r(id, user_id, joined_at)`,
    [rosters.userIds.map((_, i) => firstRoster + i), rosters.userIds, rosters.joinedAt],
  );

  const firstVersion = await reserveIds(client, "roster_version", versions.rosterIndex.length);
  const versionIds = versions.rosterIndex.map((_, i) => firstVersion + i);
  await insertColumns(
    client,
    `INSERT INTO roster_version (id, roster_id, captain_crew_id, saved_at)
     SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::timestamptz[])`,
    [versionIds, versions.rosterIndex.map((index) => firstRoster + index), versions.captainIds, versions.savedAt],
  );
  await insertColumns(client, "INSERT INTO roster_version_crew (version_id, crew_id) SELECT * FROM unnest($1::int[], $2::int[])", [
    versionIds.flatMap((id, i) => versions.crews[i]!.map(() => id)),
    versions.crews.flatMap((lineup) => [...lineup]),
  ]);

  await insertColumns(
    client,
    `INSERT INTO podium_call (user_id, stage_id, p1_crew_id, p2_crew_id, p3_crew_id, featured_best_crew_id, created_at, updated_at)
     SELECT c.*, c.created_at FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[], $7::timestamptz[])
       AS c(user_id, stage_id, p1, p2, p3, featured, created_at)`,
    [calls.userIds, calls.stageIds, calls.p1, calls.p2, calls.p3, calls.featured, calls.createdAt],
  );

  const firstLeague = await reserveIds(client, "league", leagues.ownerIndex.length);
  const leagueIds = leagues.ownerIndex.map((_, i) => firstLeague + i);
  await insertColumns(
    client,
    `INSERT INTO league (id, event_id, owner_id, name, invite_code, updated_at)
     SELECT l.id, ${eventId}, l.owner_id, 'Bench league ' || l.id, 'bench-' || l.id, now()
     FROM unnest($1::int[], $2::uuid[]) AS l(id, owner_id)`,
    [leagueIds, leagues.ownerIndex.map((index) => users.ids[index]!)],
  );
  await insertColumns(client, "INSERT INTO league_member (league_id, user_id) SELECT * FROM unnest($1::int[], $2::uuid[])", [
    leagueIds.flatMap((id, i) => leagues.memberIndex[i]!.map(() => id)),
    leagues.memberIndex.flatMap((members) => members.map((index) => users.ids[index]!)),
  ]);
  return leagueIds.map((id, i) => ({ id, memberIds: leagues.memberIndex[i]!.map((index) => users.ids[index]!) }));
}

/**
 * Seeds `count` synthetic players into the replay event with multi-row inserts, then refreshes the
 * planner's statistics (a database that grew over weeks would have them).
 */
export async function seedPlayers(
  client: pg.Client,
  event: BenchEvent,
  count: number,
  seed: number,
): Promise<SeedCounts & { userIds: string[]; leagueList: BenchLeague[] }> {
  const data = generatePlayers(count, event, seed);
  let leagueList: BenchLeague[];
  await client.query("BEGIN");
  try {
    leagueList = await insertPlayers(client, event.id, data);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  await client.query("VACUUM ANALYZE");
  return {
    users: data.users.ids.length,
    rosters: data.rosters.userIds.length,
    versions: data.versions.rosterIndex.length,
    calls: data.calls.userIds.length,
    leagues: data.leagues.ownerIndex.length,
    userIds: data.users.ids,
    leagueList,
  };
}
