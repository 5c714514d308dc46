import "server-only";
import type { Db } from "@/lib/server/db";
import { getDatabaseNow } from "@/lib/server/clock";
import { getStageStats } from "@/lib/server/stats/get-stage-stats";
import { requestStageStats } from "@/lib/server/stats/request-stage-stats";

/**
 * A stage with everyone's calls and its stats, which are public only once the stage has started.
 * The lock test is part of each query (starts_at <= the database clock), so no caller can leak
 * picks early; before the start only how many players have called the stage is read.
 */
export async function getStagePicks(db: Db, eventSlug: string, stageNumber: number) {
  const now = await getDatabaseNow(db);
  const stage = await db.stage.findFirst({
    where: { number: stageNumber, event: { slug: eventSlug, status: { not: "DRAFT" } } },
    include: { event: { select: { slug: true, name: true, timeZone: true, featuredTeamId: true } } },
  });
  if (!stage) return null;

  const isPublic = stage.status !== "CANCELLED" && stage.startsAt.getTime() <= now.getTime();
  const [calls, callCount, stats] = await Promise.all([
    db.podiumCall.findMany({
      where: { stageId: stage.id, stage: { startsAt: { lte: now } } },
      orderBy: { createdAt: "asc" },
      take: 200,
      select: {
        user: { select: { id: true, displayName: true, deletedAt: true } },
        p1: { select: { driver: true } },
        p2: { select: { driver: true } },
        p3: { select: { driver: true } },
        featuredBest: { select: { driver: true } },
      },
    }),
    // Before the lock, how many have called is all that shows (after it, the stats have the number).
    isPublic ? 0 : db.podiumCall.count({ where: { stageId: stage.id } }),
    // Stored by the queue's workers once the rosters lock; getStageStats checks the lock again by the database clock.
    isPublic ? getStageStats(db, stage) : null,
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
