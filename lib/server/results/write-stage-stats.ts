import "server-only";
import type { Tx } from "@/lib/server/db";
import { toPgArray } from "./pg-array";
import type { RescoreContext, RescoreStage } from "./rescore-context";
import { tabulateContextStage } from "./score-stage";

/**
 * Rewrites one locked stage's stats (StageStat and a CrewStageStat per crew) from its locked rosters
 * (stage_roster, which must be written first), its podium calls and, once published, its results
 * and stage scores. A few set-based statements whatever the number of players.
 */
async function writeOneStage(tx: Tx, context: RescoreContext, stage: RescoreStage): Promise<void> {
  const shares = stage.isPublished ? tabulateContextStage(context, stage).shares : [];
  await tx.$executeRaw`DELETE FROM crew_stage_stat WHERE stage_id = ${stage.id}`;
  await tx.$executeRaw`
    WITH picks AS (
      SELECT c.crew_id, count(*)::int AS picks, (count(*) FILTER (WHERE c.crew_id = v.captain_crew_id))::int AS captains
      FROM stage_roster sr
      JOIN roster_version v ON v.id = sr.roster_version_id
      JOIN roster_version_crew c ON c.version_id = sr.roster_version_id
      WHERE sr.stage_id = ${stage.id}
      GROUP BY c.crew_id
    ), calls AS (
      SELECT x.crew_id, x.place, count(*)::int AS calls
      FROM podium_call pc
      CROSS JOIN LATERAL (VALUES (pc.p1_crew_id, 1), (pc.p2_crew_id, 2), (pc.p3_crew_id, 3)) AS x(crew_id, place)
      WHERE pc.stage_id = ${stage.id}
      GROUP BY x.crew_id, x.place
    ), places AS (
      -- Where each crew finished, only once the results are published (the rows may be a draft before).
      SELECT r.crew_id, r.position FROM stage_result r
      WHERE r.stage_id = ${stage.id} AND ${stage.isPublished}::boolean AND r.status = 'FINISHED' AND r.position <= 3
    ), points AS (
      SELECT * FROM unnest(${toPgArray(shares.map((share) => Number(share.crew)))}::int[], ${toPgArray(shares.map((share) => share.member))}::int[])
        AS t(crew_id, points)
    )
    INSERT INTO crew_stage_stat (stage_id, crew_id, picks, captains, p1_calls, p2_calls, p3_calls, exact_calls, points)
    SELECT ${stage.id}, c.id, coalesce(p.picks, 0), coalesce(p.captains, 0),
           coalesce((SELECT calls FROM calls WHERE crew_id = c.id AND place = 1), 0),
           coalesce((SELECT calls FROM calls WHERE crew_id = c.id AND place = 2), 0),
           coalesce((SELECT calls FROM calls WHERE crew_id = c.id AND place = 3), 0),
           CASE WHEN ${stage.isPublished}::boolean
                THEN coalesce((SELECT k.calls FROM calls k JOIN places w ON w.crew_id = k.crew_id AND w.position = k.place WHERE k.crew_id = c.id), 0) END,
           t.points
    FROM crew c
    LEFT JOIN picks p ON p.crew_id = c.id
    LEFT JOIN points t ON t.crew_id = c.id
    WHERE c.event_id = ${context.eventId}`;
  await tx.$executeRaw`
    WITH rosters AS (
      SELECT count(*)::int AS players,
             (count(*) FILTER (WHERE chip = 'JOKER'))::int AS jokers,
             (count(*) FILTER (WHERE chip = 'WILDCARD'))::int AS wildcards,
             (count(*) FILTER (WHERE chip = 'SHIELD'))::int AS shields
      FROM stage_roster WHERE stage_id = ${stage.id}
    ), best AS (
      -- Every locked roster was checked when it was saved: the best is the top of the scored ones.
      SELECT ss.user_id, sr.roster_version_id, ss.roster_points, count(*) OVER (PARTITION BY ss.roster_points)::int AS tied
      FROM stage_score ss JOIN stage_roster sr ON sr.stage_id = ss.stage_id AND sr.user_id = ss.user_id
      WHERE ss.stage_id = ${stage.id} AND ${stage.isPublished}::boolean
      ORDER BY ss.roster_points DESC, ss.total DESC, ss.user_id
      LIMIT 1
    )
    INSERT INTO stage_stat (stage_id, locked_at, players, callers, jokers, wildcards, shields, is_scored,
                            best_user_id, best_version_id, best_points, best_players, updated_at)
    SELECT ${stage.id}, ${stage.startsAt}::timestamptz, r.players, (SELECT count(*)::int FROM podium_call WHERE stage_id = ${stage.id}),
           r.jokers, r.wildcards, r.shields, ${stage.isPublished}::boolean, b.user_id, b.roster_version_id, b.roster_points, b.tied, now()
    FROM rosters r LEFT JOIN best b ON true
    ON CONFLICT (stage_id) DO UPDATE SET
      locked_at = excluded.locked_at, players = excluded.players, callers = excluded.callers, jokers = excluded.jokers,
      wildcards = excluded.wildcards, shields = excluded.shields, is_scored = excluded.is_scored, best_user_id = excluded.best_user_id,
      best_version_id = excluded.best_version_id, best_points = excluded.best_points, best_players = excluded.best_players,
      updated_at = excluded.updated_at`;
}

/** Rewrites the stats of `stages` (locked ones: started, not cancelled). */
export async function writeStageStats(tx: Tx, context: RescoreContext, stages: readonly RescoreStage[]): Promise<void> {
  for (const stage of stages) await writeOneStage(tx, context, stage);
}

/** Removes the stats of the event's stages that are no longer locked: cancelled, or a start moved later. */
export async function deleteUnlockedStageStats(tx: Tx, context: RescoreContext): Promise<void> {
  const started = toPgArray(context.started.map((stage) => stage.id));
  const unlocked = toPgArray(context.stageIds);
  await tx.$executeRaw`DELETE FROM stage_stat WHERE stage_id = ANY(${unlocked}::int[]) AND stage_id <> ALL(${started}::int[])`;
  await tx.$executeRaw`DELETE FROM crew_stage_stat WHERE stage_id = ANY(${unlocked}::int[]) AND stage_id <> ALL(${started}::int[])`;
}

/**
 * The same, for an admin change that does not rescore (a stage cancelled or its start moved later
 * before anything after it is published): which stages are locked is read from the stages themselves.
 */
export async function deleteUnlockedStatsOfEvent(tx: Tx, eventId: number): Promise<void> {
  const unlocked = (
    await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM stage WHERE event_id = ${eventId} AND (status = 'CANCELLED' OR starts_at > clock_timestamp())`
  ).map((row) => row.id);
  if (unlocked.length === 0) return;
  await tx.$executeRaw`DELETE FROM stage_stat WHERE stage_id = ANY(${toPgArray(unlocked)}::int[])`;
  await tx.$executeRaw`DELETE FROM crew_stage_stat WHERE stage_id = ANY(${toPgArray(unlocked)}::int[])`;
}
