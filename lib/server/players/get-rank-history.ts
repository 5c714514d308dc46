import "server-only";
import type { Db } from "@/lib/server/db";
import { PUBLISHED_STATUSES } from "@/lib/game/results-status";
import { toPgArray } from "@/lib/server/results/pg-array";

type RankRow = { number: number; rank: number };

/**
 * A player's overall rank after each published stage: their running totals (then running exact
 * slots) over their own stage scores, looked up in the counts rescoring stores (StageRankCount).
 * The same order as Standing.rank without the final bonus, which only the last row of the event carries.
 */
export async function getRankHistory(db: Db, eventId: number, userId: string): Promise<Map<number, number>> {
  const rows = await db.$queryRaw<RankRow[]>`
    WITH published AS (
      SELECT id, number FROM stage
      WHERE event_id = ${eventId} AND results_status = ANY(${toPgArray(PUBLISHED_STATUSES)}::"ResultsStatus"[]) AND status <> 'CANCELLED'
    ),
    mine AS (
      SELECT ss.stage_id, p.number,
             SUM(ss.total) OVER (ORDER BY p.number) AS total,
             SUM(ss.exact) OVER (ORDER BY p.number) AS exact
      FROM stage_score ss JOIN published p ON p.id = ss.stage_id
      WHERE ss.user_id = ${userId}::uuid
    )
    SELECT m.number, (1 + c.above)::int AS rank
    FROM mine m JOIN stage_rank_count c ON c.stage_id = m.stage_id AND c.total = m.total AND c.exact = m.exact
    ORDER BY m.number`;
  return new Map(rows.map((row) => [row.number, row.rank]));
}
