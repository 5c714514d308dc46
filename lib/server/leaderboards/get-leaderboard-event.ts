import "server-only";
import type { Db } from "@/lib/server/db";
import { PUBLISHED_STATUSES } from "@/lib/game/results-status";

/**
 * A visible event (not DRAFT) with the stages that have a leaderboard: published results, not
 * cancelled. `isProvisional` is the overall board's badge: some stage or the final classification
 * is still provisional. Null for an unknown or draft event.
 */
export async function getLeaderboardEvent(db: Db, where: { slug: string } | { id: number }) {
  const event = await db.event.findUnique({
    where,
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      finalStatus: true,
      stages: {
        where: { resultsStatus: { in: [...PUBLISHED_STATUSES] }, status: { not: "CANCELLED" } },
        orderBy: { number: "asc" },
        select: { id: true, number: true, name: true, type: true, resultsStatus: true },
      },
    },
  });
  if (!event || event.status === "DRAFT") return null;
  const isProvisional = event.stages.some((stage) => stage.resultsStatus === "PROVISIONAL") || event.finalStatus === "PROVISIONAL";
  return { ...event, isProvisional };
}

export type LeaderboardEvent = NonNullable<Awaited<ReturnType<typeof getLeaderboardEvent>>>;
