import "server-only";
import type { Db } from "@/lib/server/db";
import { summarizeCrewStages, type CrewStageNumbers } from "@/lib/game/stage-stats";

/**
 * A crew over its event's locked stages, from the stored stats: ownership and captaincy per stage,
 * points per scored stage, and form. Only stages that have started by the database clock, are not
 * cancelled and were locked for their current start are read.
 */
export async function getCrewStats(db: Db, crew: { id: number; eventId: number }) {
  const rows = await db.$queryRaw<CrewStageNumbers[]>`
    SELECT s.number AS "stageNumber", t.players, c.picks, c.captains, c.points
    FROM crew_stage_stat c
    JOIN stage s ON s.id = c.stage_id
    JOIN stage_stat t ON t.stage_id = c.stage_id
    WHERE c.crew_id = ${crew.id} AND s.status <> 'CANCELLED' AND s.starts_at <= clock_timestamp() AND t.locked_at = s.starts_at`;
  return summarizeCrewStages(rows);
}

export type CrewStats = Awaited<ReturnType<typeof getCrewStats>>;
