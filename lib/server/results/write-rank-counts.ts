import "server-only";
import type { Tx } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { toPgArray } from "./pg-array";
import type { RescoreContext } from "./rescore-context";

/**
 * Which stages' rank counts a rescore must rewrite: none (only the final classification changed:
 * its bonus is not in them), the last published stage (only it changed: its running totals are the
 * standings without the final bonus), or every published stage.
 */
export type RankCountScope = "none" | "last" | "all";

/** (stage_id, total, exact) of every player after the stages of `scope`: the rows to count. */
function runningTotals(context: RescoreContext, scope: "last" | "all") {
  const last = context.published.at(-1);
  if (scope === "last" && last) {
    return Prisma.sql`
      SELECT ${last.id}::int AS stage_id, total - final_bonus AS total, exact FROM standing WHERE event_id = ${context.eventId}`;
  }
  return Prisma.sql`
    SELECT ss.stage_id, sum(ss.total) OVER w AS total, sum(ss.exact) OVER w AS exact
    FROM stage_score ss
    JOIN unnest(${toPgArray(context.published.map((stage) => stage.id))}::int[], ${toPgArray(context.published.map((stage) => stage.number))}::int[])
      AS p(id, number) ON p.id = ss.stage_id
    WINDOW w AS (PARTITION BY ss.user_id ORDER BY p.number)`;
}

/**
 * Rewrites StageRankCount for the stages of `scope` (after the standings, which the "last" scope
 * reads), and removes the counts of stages no longer published. The same rows as counting every
 * player's running totals over the stored stage scores.
 */
export async function writeRankCounts(tx: Tx, context: RescoreContext, scope: RankCountScope): Promise<void> {
  const published = toPgArray(context.published.map((stage) => stage.id));
  await tx.$executeRaw`
    DELETE FROM stage_rank_count WHERE stage_id = ANY(${toPgArray(context.stageIds)}::int[]) AND stage_id <> ALL(${published}::int[])`;
  if (scope === "none" || context.published.length === 0) return;
  const rewritten = scope === "last" ? toPgArray([context.published.at(-1)!.id]) : published;
  await tx.$executeRaw`DELETE FROM stage_rank_count WHERE stage_id = ANY(${rewritten}::int[])`;
  await tx.$executeRaw`
    INSERT INTO stage_rank_count (stage_id, total, exact, players, above)
    SELECT stage_id, total, exact, players,
           (coalesce(sum(players) OVER (PARTITION BY stage_id ORDER BY total DESC, exact DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))::int
    FROM (SELECT stage_id, total, exact, count(*)::int AS players FROM (${runningTotals(context, scope)}) r GROUP BY 1, 2, 3) c`;
}
