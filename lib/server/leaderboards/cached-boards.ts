import "server-only";
import { readPublic } from "@/lib/server/db-read";
import { BoardCache } from "@/lib/server/live/board-cache";
import { getStandingsListener } from "@/lib/server/live/standings-listener";
import { getLeaderboardEvent } from "./get-leaderboard-event";
import { getOverallBoardPage, getStageLeaderboard } from "./get-overall-leaderboard";

const globalForCache = globalThis as unknown as { duneDraftBoardCache?: BoardCache };

function boardCache(): BoardCache {
  globalForCache.duneDraftBoardCache ??= new BoardCache(getStandingsListener());
  return globalForCache.duneDraftBoardCache;
}

/** The public part of a leaderboard page, cached until the event's next results change. */
export function readOverallBoardPage(eventId: number, page: number) {
  return boardCache().read(eventId, `overall:${page}`, () => readPublic((reader) => getOverallBoardPage(reader, eventId, page)));
}

export function readStageBoardPage(eventId: number, stageId: number, page: number) {
  return boardCache().read(eventId, `stage:${stageId}:${page}`, () => readPublic((reader) => getStageLeaderboard(reader, stageId, page)));
}

/** The event header of the leaderboard pages (stages with boards, provisional badge). */
export function readLeaderboardEvent(eventId: number) {
  return boardCache().read(eventId, "event", () => readPublic((reader) => getLeaderboardEvent(reader, { id: eventId })));
}

/**
 * A public (not draft) event's id by slug. Slugs and statuses rarely change; the cache's age limit
 * covers an admin renaming or publishing one.
 */
export function readPublicEventIdBySlug(slug: string) {
  return boardCache().read(0, `slug:${slug}`, () =>
    readPublic(async (reader) => {
      const event = await reader.event.findFirst({ where: { slug, status: { not: "DRAFT" } }, select: { id: true } });
      return event?.id ?? null;
    }),
  );
}
