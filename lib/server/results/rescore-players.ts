import "server-only";
import type { Tx } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { toPgArray } from "./pg-array";
import type { RescoreContext } from "./rescore-context";

/**
 * The transaction's working tables, dropped at commit: rescore_player (the event's players, joined by
 * every scoring statement) and rescore_delta (how a rescored stage moved each player's total).
 */
async function createWorkingTables(tx: Tx): Promise<void> {
  // A second rescore in one transaction (a test may do that) starts from fresh tables.
  await tx.$executeRaw`DROP TABLE IF EXISTS pg_temp.rescore_player, pg_temp.rescore_delta`;
  await tx.$executeRaw`CREATE TEMPORARY TABLE rescore_player (user_id uuid PRIMARY KEY, joined_at timestamptz(3) NOT NULL) ON COMMIT DROP`;
  await tx.$executeRaw`CREATE TEMPORARY TABLE rescore_delta (user_id uuid NOT NULL, total int NOT NULL, exact int NOT NULL) ON COMMIT DROP`;
}

/**
 * Players who only call podiums among `candidates` (users without a roster), each joined at their
 * first call on a published stage, looked up by the call's (user, stage) key. Grouping every call of
 * the event by player instead took 51 s at a million players (10.5 million calls, 2 % call-only players).
 */
function callOnlyPlayers(context: RescoreContext, candidates: Prisma.Sql) {
  const published = toPgArray(context.published.map((stage) => stage.id));
  return Prisma.sql`
    SELECT u.user_id, f.first_call FROM (${candidates}) u
    CROSS JOIN LATERAL (SELECT min(c.created_at) AS first_call FROM podium_call c WHERE c.user_id = u.user_id AND c.stage_id = ANY(${published}::int[])) f
    WHERE f.first_call IS NOT NULL`;
}

/**
 * Fills rescore_player with the event's players: everyone with a roster (joined at their first
 * save), plus anyone with a call on a published stage (joined at their first such call). After a
 * results change (`changedStageIds`, possibly none) the players can only be those of the last
 * rescore (the standings), those with a roster, and the callers of the changed stages, which spares
 * reading every call of the event. Returns the number of players.
 */
export async function collectPlayers(tx: Tx, context: RescoreContext, changedStageIds: number[] | null): Promise<number> {
  await createWorkingTables(tx);
  const candidates =
    changedStageIds === null
      ? Prisma.sql`SELECT u.id AS user_id FROM "user" u WHERE NOT EXISTS (SELECT 1 FROM roster r WHERE r.user_id = u.id AND r.event_id = ${context.eventId})`
      : Prisma.sql`
    SELECT user_id FROM standing WHERE event_id = ${context.eventId}
    UNION SELECT user_id FROM podium_call WHERE stage_id = ANY(${toPgArray(changedStageIds)}::int[])
    EXCEPT SELECT user_id FROM roster WHERE event_id = ${context.eventId}`;
  const players = await tx.$executeRaw`
    INSERT INTO rescore_player (user_id, joined_at)
    SELECT user_id, joined_at FROM roster WHERE event_id = ${context.eventId}
    UNION ALL
    ${callOnlyPlayers(context, candidates)}`;
  // Without statistics the planner takes a temporary table for a handful of rows.
  await tx.$executeRaw`ANALYZE rescore_player`;
  return players;
}

/** Players of the event who have no standing yet: they joined since the last rescore. */
export async function listNewPlayers(tx: Tx, eventId: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    SELECT p.user_id::text AS "userId" FROM rescore_player p
    WHERE NOT EXISTS (SELECT 1 FROM standing s WHERE s.event_id = ${eventId} AND s.user_id = p.user_id)`;
  return rows.map((row) => row.userId);
}
