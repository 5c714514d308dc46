import "server-only";
import type { Tx } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { tabulateStage } from "@/lib/game/scoring";
import { toPgArray } from "./pg-array";
import { findRosterStage, listRetiredBefore, type RescoreContext, type RescoreStage } from "./rescore-context";
import type { WriteCounts } from "./write-counts";

type CallRow = { p1: number; p2: number; p3: number; featured: number | null };

/**
 * Writes `ranked` (scoredQuery's columns plus rank) as the stage's rows: new rows inserted, changed
 * ones updated, rows already right left alone (an upsert would lock, and so write, every row it
 * meets). With `keepDeltas`, each written row's change of total and exact slots goes to the
 * transaction's rescore_delta table, for the standings.
 */
const writeRows = (stageId: number, keepDeltas: boolean) => Prisma.sql`
  compared AS (
    SELECT x.*, s.user_id IS NOT NULL AS is_stored, x.total - coalesce(s.total, 0) AS total_delta, x.exact - coalesce(s.exact, 0) AS exact_delta
    FROM ranked x LEFT JOIN stage_score s ON s.stage_id = ${stageId} AND s.user_id = x.user_id
    WHERE s.user_id IS NULL
       OR (s.roster_points, s.call_points, s.penalty, s.total, s.exact, s.rank)
          IS DISTINCT FROM (x.roster_points, x.call_points, x.penalty, x.total, x.exact, x.rank)
  ), inserted AS (
    INSERT INTO stage_score (stage_id, user_id, roster_points, call_points, penalty, total, exact, rank, updated_at)
    SELECT ${stageId}, user_id, roster_points, call_points, penalty, total, exact, rank, now() FROM compared WHERE NOT is_stored
    -- In key order: the primary key and the user index fill page by page.
    ORDER BY user_id
    RETURNING 1
  ), updated AS (
    UPDATE stage_score s
    SET roster_points = x.roster_points, call_points = x.call_points, penalty = x.penalty, total = x.total, exact = x.exact, rank = x.rank, updated_at = now()
    FROM compared x WHERE x.is_stored AND s.stage_id = ${stageId} AND s.user_id = x.user_id
    RETURNING 1
  ), deltas AS (
    INSERT INTO rescore_delta (user_id, total, exact)
    SELECT user_id, total_delta, exact_delta FROM compared WHERE ${keepDeltas ? Prisma.sql`total_delta <> 0 OR exact_delta <> 0` : Prisma.sql`false`}
    RETURNING 1
  ), written AS (SELECT 1 FROM inserted UNION ALL SELECT 1 FROM updated)`;

/** The engine's tables of one stage of the event (see tabulateStage): its crews' shares and its calls' scores. */
export function tabulateContextStage(context: RescoreContext, stage: RescoreStage) {
  const retired = new Set(listRetiredBefore(context, stage));
  const featured = new Set(context.crews.filter((crew) => crew.teamId === context.featuredTeamId).map((crew) => String(crew.id)));
  return tabulateStage({
    crews: context.crews.map((crew) => String(crew.id)),
    results: context.resultsByStage.get(stage.id) ?? [],
    isOut: (crew) => retired.has(crew),
    isFeatured: (crew) => featured.has(crew),
    rules: context.rules,
  });
}

/**
 * The stage's points for the players in rescore_player (or only `onlyUserIds`), as a query of
 * (user_id, roster_points, call_points, penalty, total, exact). The engine scores each crew's share and
 * each distinct call once (tabulateStage); the database adds up the shares of every locked roster and
 * looks the calls up. Total = roster + call − penalty, as the engine's stage total.
 */
async function scoredQuery(tx: Tx, context: RescoreContext, stage: RescoreStage, onlyUserIds: string[] | null) {
  const tables = tabulateContextStage(context, stage);
  const only = onlyUserIds === null ? Prisma.sql`true` : Prisma.sql`p.user_id = ANY(${toPgArray(onlyUserIds)}::uuid[])`;
  const calls = await tx.$queryRaw<CallRow[]>`
    SELECT DISTINCT p1_crew_id AS p1, p2_crew_id AS p2, p3_crew_id AS p3, featured_best_crew_id AS featured
    FROM podium_call p WHERE p.stage_id = ${stage.id} AND ${only}`;
  const callScores = calls.map((call) =>
    tables.scoreCall({
      podium: [call.p1, call.p2, call.p3].map(String),
      featuredBest: call.featured === null ? null : String(call.featured),
    }),
  );
  // The roster that scores: this stage's own once it has started (with its transfer penalty), else
  // the one carried over from the latest started stage before it (no penalty: no new lock).
  const rosterStage = findRosterStage(context, stage);
  const isOwnLock = rosterStage?.id === stage.id;
  const penalty = isOwnLock ? Prisma.sql`coalesce(r.penalty, 0)` : Prisma.sql`0`;
  // A chip acts on the stage its roster was locked for, never on a stage the roster carries over to.
  const chip = isOwnLock ? Prisma.sql`sr.chip` : Prisma.sql`NULL::"Chip"`;
  return Prisma.sql`
    WITH shares AS (
      SELECT * FROM unnest(${toPgArray(tables.shares.map((share) => Number(share.crew)))}::int[],
                           ${toPgArray(tables.shares.map((share) => share.member))}::int[], ${toPgArray(tables.shares.map((share) => share.captain))}::int[],
                           ${toPgArray(tables.shares.map((share) => share.memberShielded))}::int[],
                           ${toPgArray(tables.shares.map((share) => share.captainShielded))}::int[])
        AS t(crew_id, member, captain, member_shielded, captain_shielded)
    ), calls AS (
      SELECT * FROM unnest(${toPgArray(calls.map((call) => call.p1))}::int[], ${toPgArray(calls.map((call) => call.p2))}::int[],
                           ${toPgArray(calls.map((call) => call.p3))}::int[], ${toPgArray(calls.map((call) => call.featured ?? 0))}::int[],
                           ${toPgArray(callScores.map((score) => score.points))}::int[], ${toPgArray(callScores.map((score) => score.exact))}::int[])
        AS t(p1, p2, p3, featured, points, exact)
    ), rosters AS (
      SELECT sr.user_id, sr.penalty,
        (sum(CASE
          WHEN ${chip} = 'SHIELD' THEN CASE WHEN c.crew_id = v.captain_crew_id THEN t.captain_shielded ELSE t.member_shielded END
          ELSE CASE WHEN c.crew_id = v.captain_crew_id THEN t.captain ELSE t.member END
        END) * CASE WHEN ${chip} = 'JOKER' THEN ${context.rules.jokerMultiplier}::int ELSE 1 END)::int AS points
      FROM stage_roster sr
      ${onlyUserIds === null ? Prisma.empty : Prisma.sql`JOIN rescore_player p ON p.user_id = sr.user_id`}
      JOIN roster_version v ON v.id = sr.roster_version_id
      JOIN roster_version_crew c ON c.version_id = sr.roster_version_id
      JOIN shares t ON t.crew_id = c.crew_id
      WHERE sr.stage_id = ${rosterStage?.id ?? null}::int AND ${only}
      GROUP BY sr.user_id, sr.penalty, sr.chip
    ), points AS (
      SELECT p.user_id, coalesce(r.points, 0) AS roster_points, coalesce(q.points, 0) AS call_points, ${penalty} AS penalty, coalesce(q.exact, 0) AS exact
      FROM rescore_player p
      LEFT JOIN rosters r ON r.user_id = p.user_id
      LEFT JOIN podium_call pc ON pc.stage_id = ${stage.id} AND pc.user_id = p.user_id
      LEFT JOIN calls q ON q.p1 = pc.p1_crew_id AND q.p2 = pc.p2_crew_id AND q.p3 = pc.p3_crew_id AND q.featured = coalesce(pc.featured_best_crew_id, 0)
      WHERE ${only}
    ), scored AS (
      SELECT points.*, roster_points + call_points - penalty AS total FROM points
    )`;
}

/**
 * Scores one published stage for every player: one row each, zeros for a player with neither a
 * roster nor a call there, ranked by stage total then exact slots (ranks shared, 1, 2, 2, 4). Rows of
 * users who are no longer players go.
 */
export async function scoreStage(tx: Tx, context: RescoreContext, stage: RescoreStage, keepDeltas = false): Promise<WriteCounts> {
  const [counts] = await tx.$queryRaw<{ scored: number; written: number; inserted: number; deltas: number; stored: number }[]>`
    ${await scoredQuery(tx, context, stage, null)},
    ranked AS (SELECT scored.*, rank() OVER (ORDER BY total DESC, exact DESC)::int AS rank FROM scored),
    ${writeRows(stage.id, keepDeltas)}
    SELECT (SELECT count(*) FROM scored)::int AS scored, (SELECT count(*) FROM written)::int AS written, (SELECT count(*) FROM inserted)::int AS inserted,
           (SELECT count(*) FROM deltas)::int AS deltas, (SELECT count(*) FROM stage_score WHERE stage_id = ${stage.id})::int AS stored`;
  const { scored, written, inserted, stored } = counts!;
  // `stored` is counted on the snapshot before this statement's inserts. Every scored player has a
  // row now, so any row beyond them (stored + inserted > scored) is a former player's: a player who
  // left and one who joined leave the counts equal, which is why the inserts are counted too.
  const deleted =
    stored + inserted <= scored
      ? 0
      : await tx.$executeRaw`
    DELETE FROM stage_score s WHERE s.stage_id = ${stage.id} AND NOT EXISTS (SELECT 1 FROM rescore_player p WHERE p.user_id = s.user_id)`;
  return { written, deleted };
}

/**
 * Adds the rows of players new since the last rescore to a stage scored before they joined, then
 * re-ranks the stage: their rows may rank above others.
 */
export async function scoreNewPlayers(tx: Tx, context: RescoreContext, stage: RescoreStage, userIds: string[]): Promise<WriteCounts> {
  // Placeholder ranks, set right just below.
  const [{ inserted } = { inserted: 0 }] = await tx.$queryRaw<{ inserted: number }[]>`
    ${await scoredQuery(tx, context, stage, userIds)},
    ranked AS (SELECT scored.*, 1 AS rank FROM scored),
    ${writeRows(stage.id, false)}
    SELECT count(*)::int AS inserted FROM written`;
  const [{ reranked } = { reranked: 0 }] = await tx.$queryRaw<{ reranked: number }[]>`
    WITH updated AS (
      UPDATE stage_score s SET rank = r.rank, updated_at = now()
      FROM (SELECT user_id, rank() OVER (ORDER BY total DESC, exact DESC)::int AS rank FROM stage_score WHERE stage_id = ${stage.id}) r
      WHERE s.stage_id = ${stage.id} AND s.user_id = r.user_id AND s.rank <> r.rank
      RETURNING s.user_id
    )
    SELECT count(*)::int AS reranked FROM updated WHERE user_id <> ALL(${toPgArray(userIds)}::uuid[])`;
  // A new row written twice (placeholder rank, then its rank) counts once.
  return { written: inserted + reranked, deleted: 0 };
}
