import "server-only";
import type { Db } from "@/lib/server/db";
import type { StageScore } from "@/lib/generated/prisma/client";
import { toPgArray } from "@/lib/server/results/pg-array";

type ScoreRow = StageScore & { rankAfter: number | null };

/**
 * A player's score on each locked stage, by the stage_score primary key (stage, user), with their
 * overall rank after each published stage: their running totals (then running exact slots) over
 * the published stages, looked up by key in the counts rescoring stores (StageRankCount), so no
 * other player's scores are read. The same order as Standing.rank without the final bonus, which
 * only the last row of the event carries. One statement for the scores and the rank chart.
 */
export async function getStageScores(
  db: Db,
  userId: string,
  lockedStageIds: readonly number[],
  publishedIds: readonly number[],
): Promise<{ scores: StageScore[]; rankAfter: Map<number, number> }> {
  if (lockedStageIds.length === 0) return { scores: [], rankAfter: new Map() };
  const rows = await db.$queryRaw<(ScoreRow & { number: number })[]>`
    WITH scored AS (
      SELECT ss.*, s.number, s.id = ANY(${toPgArray(publishedIds)}::int[]) AS is_published
      FROM stage s JOIN stage_score ss ON ss.stage_id = s.id AND ss.user_id = ${userId}::uuid
      WHERE s.id = ANY(${toPgArray(lockedStageIds)}::int[])
    ),
    mine AS (
      SELECT scored.*,
             SUM(total) FILTER (WHERE is_published) OVER (ORDER BY number) AS running_total,
             SUM(exact) FILTER (WHERE is_published) OVER (ORDER BY number) AS running_exact
      FROM scored
    )
    SELECT m.stage_id AS "stageId", m.user_id::text AS "userId", m.roster_points AS "rosterPoints", m.call_points AS "callPoints",
           m.penalty, m.total, m.exact, m.rank, m.updated_at AS "updatedAt", m.number,
           CASE WHEN m.is_published THEN (1 + c.above)::int END AS "rankAfter"
    FROM mine m
    LEFT JOIN stage_rank_count c ON m.is_published AND c.stage_id = m.stage_id AND c.total = m.running_total AND c.exact = m.running_exact
    ORDER BY m.number`;
  return {
    scores: rows.map((row) => ({
      stageId: row.stageId,
      userId: row.userId,
      rosterPoints: row.rosterPoints,
      callPoints: row.callPoints,
      penalty: row.penalty,
      total: row.total,
      exact: row.exact,
      rank: row.rank,
      updatedAt: row.updatedAt,
    })),
    rankAfter: new Map(rows.flatMap((row) => (row.rankAfter === null ? [] : [[row.number, row.rankAfter] as const]))),
  };
}
