import "server-only";
import { db } from "@/lib/server/db";
import { BoardCache } from "@/lib/server/live/board-cache";
import { getStandingsListener } from "@/lib/server/live/standings-listener";
import { getOverallBoardPage, getStageLeaderboard } from "./get-overall-leaderboard";

const globalForCache = globalThis as unknown as { duneDraftBoardCache?: BoardCache };

function boardCache(): BoardCache {
  globalForCache.duneDraftBoardCache ??= new BoardCache(getStandingsListener());
  return globalForCache.duneDraftBoardCache;
}

/** The public part of a leaderboard page, cached until the event's next results change. */
export function readOverallBoardPage(eventId: number, page: number) {
  return boardCache().read(eventId, `overall:${page}`, () => getOverallBoardPage(db, eventId, page));
}

export function readStageBoardPage(eventId: number, stageId: number, page: number) {
  return boardCache().read(eventId, `stage:${stageId}:${page}`, () => getStageLeaderboard(db, stageId, page));
}

/** The event header of the leaderboard pages: which stages have published results, and their status. */
export function readLeaderboardEvent(eventId: number) {
  return boardCache().read(eventId, "event", () =>
    db.event.findUnique({
      where: { id: eventId },
      select: {
        id: true, slug: true, name: true, status: true, finalStatus: true,
        stages: {
          where: { resultsStatus: { in: ["PROVISIONAL", "OFFICIAL"] }, status: { not: "CANCELLED" } },
          orderBy: { number: "asc" },
          select: { id: true, number: true, name: true, type: true, resultsStatus: true },
        },
      },
    }),
  );
}

/** Event id by slug. Slugs rarely change; the cache's age limit covers an admin renaming one. */
export function readEventIdBySlug(slug: string) {
  return boardCache().read(0, `slug:${slug}`, async () => (await db.event.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null);
}
