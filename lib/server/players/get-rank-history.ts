import "server-only";
import type { Db } from "@/lib/server/db";
import { PUBLISHED_STATUSES } from "@/lib/game/results-status";
import { toPgArray } from "@/lib/server/results/pg-array";

type RankRow = { number: number; rank: number };

/**
 * A player's overall rank after each published stage, from the stored stage scores: running totals
 * (then running exact slots) of every player, compared with theirs. The same order as Standing.rank
 * without the final bonus, which only the last row of the event carries.
 */
export async function getRankHistory(db: Db, eventId: number, userId: string): Promise<Map<number, number>> {
  const rows = await db.$queryRaw<RankRow[]>`
    WITH published AS (
      SELECT id, number FROM stage
      WHERE event_id = ${eventId} AND results_status = ANY(${toPgArray(PUBLISHED_STATUSES)}::"ResultsStatus"[]) AND status <> 'CANCELLED'
    ),
    running AS (
      SELECT ss.user_id, p.number,
             SUM(ss.total) OVER (PARTITION BY ss.user_id ORDER BY p.number) AS total,
             SUM(ss.exact) OVER (PARTITION BY ss.user_id ORDER BY p.number) AS exact
      FROM stage_score ss JOIN published p ON p.id = ss.stage_id
    ),
    mine AS (SELECT number, total, exact FROM running WHERE user_id = ${userId}::uuid)
    SELECT m.number, (1 + COUNT(r.user_id) FILTER (WHERE r.total > m.total OR (r.total = m.total AND r.exact > m.exact)))::int AS rank
    FROM mine m JOIN running r ON r.number = m.number
    GROUP BY m.number, m.total, m.exact
    ORDER BY m.number`;
  return new Map(rows.map((row) => [row.number, row.rank]));
}
