import "server-only";
import type { Db } from "@/lib/server/db";
import { getDatabaseNow } from "@/lib/server/clock";
import { getStageStats } from "@/lib/server/stats/get-stage-stats";
import { requestStageStats } from "@/lib/server/stats/request-stage-stats";

/**
 * A stage with everyone's calls and its stats, which are public only once the stage has started.
 * The lock test is part of each query (starts_at <= the database clock), so no caller can leak
 * picks early; before the start only how many players have called the stage is read. Everything
 * is read through `reader` (the replica, see readPublic); only a request for missing stats goes to `db`.
 */
export async function getStagePicks(db: Db, eventSlug: string, stageNumber: number, reader: Db = db) {
  const [now, stage] = await Promise.all([
    getDatabaseNow(reader),
    reader.stage.findFirst({
      where: { number: stageNumber, event: { slug: eventSlug, status: { not: "DRAFT" } } },
      include: { event: { select: { slug: true, name: true, timeZone: true, featuredTeamId: true } } },
    }),
  ]);
  if (!stage) return null;

  const isPublic = stage.status !== "CANCELLED" && stage.startsAt.getTime() <= now.getTime();
  const [calls, callCount, stats] = await Promise.all([
    isPublic ? listFirstCalls(reader, stage.id) : [],
    // Before the lock, how many have called is all that shows (after it, the stats have the number).
    isPublic ? 0 : reader.podiumCall.count({ where: { stageId: stage.id } }),
    // Stored by the queue's workers once the rosters lock; getStageStats checks the lock again by the database clock.
    isPublic ? getStageStats(reader, stage) : null,
  ]);
  // Started but not stored yet (the seconds after a start): ask for them, say they are coming.
  const hasStatsPending = isPublic && !stats && (await requestStageStats(db, stage.eventId)).isPending;
  return {
    now,
    stage,
    isPublic,
    hasStatsPending,
    callCount: stats?.callers ?? callCount,
    calls: isPublic ? calls : [],
    stats: isPublic ? stats : null,
  };
}

type CallRow = {
  userId: string;
  displayName: string | null;
  deletedAt: Date | null;
  p1: string;
  p2: string;
  p3: string;
  featuredBest: string | null;
};

/**
 * The first 200 calls of a started stage with their players' names: one statement over the
 * (stage, created_at) index, so the page reads 200 calls, not every call of the stage. The lock
 * is checked again by the database clock in the statement itself.
 */
async function listFirstCalls(db: Db, stageId: number) {
  const rows = await db.$queryRaw<CallRow[]>`
    SELECT u.id::text AS "userId", u.display_name AS "displayName", u.deleted_at AS "deletedAt",
           c1.driver AS p1, c2.driver AS p2, c3.driver AS p3, fb.driver AS "featuredBest"
    FROM (
      SELECT pc.* FROM podium_call pc JOIN stage s ON s.id = pc.stage_id
      WHERE pc.stage_id = ${stageId} AND s.starts_at <= clock_timestamp()
      ORDER BY pc.created_at, pc.id LIMIT 200
    ) pc
    JOIN "user" u ON u.id = pc.user_id
    JOIN crew c1 ON c1.id = pc.p1_crew_id
    JOIN crew c2 ON c2.id = pc.p2_crew_id
    JOIN crew c3 ON c3.id = pc.p3_crew_id
    LEFT JOIN crew fb ON fb.id = pc.featured_best_crew_id
    ORDER BY pc.created_at, pc.id`;
  return rows.map((row) => ({
    user: { id: row.userId, displayName: row.displayName, deletedAt: row.deletedAt },
    p1: { driver: row.p1 },
    p2: { driver: row.p2 },
    p3: { driver: row.p3 },
    featuredBest: row.featuredBest === null ? null : { driver: row.featuredBest },
  }));
}
