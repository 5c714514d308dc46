import "server-only";
import type { Db } from "@/lib/server/db";

export const LEADERBOARD_PAGE_SIZE = 50;

export type LeaderboardRow = {
  userId: string;
  name: string;
  rank: number;
  previousRank: number | null;
  total: number;
  exact: number;
};

const nameOf = (user: { displayName: string | null; deletedAt: Date | null }) => (user.deletedAt ? "Deleted player" : (user.displayName ?? "Player"));

/**
 * One page of an event's overall standings, read from the stored Standing rows (written by
 * rescoring, never recomputed here), plus the viewer's own row and the page it sits on.
 */
export async function getOverallLeaderboard(db: Db, eventId: number, page: number, viewerId: string | null) {
  const order = [{ rank: "asc" as const }, { joinedAt: "asc" as const }, { userId: "asc" as const }];
  const select = { userId: true, rank: true, previousRank: true, total: true, exact: true, joinedAt: true, user: { select: { displayName: true, deletedAt: true } } } as const;
  const [rows, total, mine, freshness] = await Promise.all([
    db.standing.findMany({ where: { eventId }, orderBy: order, skip: (page - 1) * LEADERBOARD_PAGE_SIZE, take: LEADERBOARD_PAGE_SIZE, select }),
    db.standing.count({ where: { eventId } }),
    viewerId ? db.standing.findUnique({ where: { eventId_userId: { eventId, userId: viewerId } }, select }) : null,
    db.standing.aggregate({ where: { eventId }, _max: { updatedAt: true } }),
  ]);
  const toRow = (row: (typeof rows)[number]): LeaderboardRow => ({
    userId: row.userId, name: nameOf(row.user), rank: row.rank, previousRank: row.previousRank, total: row.total, exact: row.exact,
  });
  // Rows listed before the viewer's: better ranks, then earlier joiners within the same rank.
  const ahead = mine
    ? await db.standing.count({
        where: {
          eventId,
          OR: [{ rank: { lt: mine.rank } }, { rank: mine.rank, joinedAt: { lt: mine.joinedAt } }, { rank: mine.rank, joinedAt: mine.joinedAt, userId: { lt: mine.userId } }],
        },
      })
    : 0;
  return {
    rows: rows.map(toRow),
    total,
    pages: Math.max(1, Math.ceil(total / LEADERBOARD_PAGE_SIZE)),
    mine: mine ? { ...toRow(mine), page: Math.floor(ahead / LEADERBOARD_PAGE_SIZE) + 1 } : null,
    updatedAt: freshness._max.updatedAt,
  };
}

/** One page of a stage's leaderboard from the stored StageScore rows. */
export async function getStageLeaderboard(db: Db, stageId: number, page: number) {
  const [rows, total] = await Promise.all([
    db.stageScore.findMany({
      where: { stageId },
      orderBy: [{ rank: "asc" }, { userId: "asc" }],
      skip: (page - 1) * LEADERBOARD_PAGE_SIZE,
      take: LEADERBOARD_PAGE_SIZE,
      select: { userId: true, rank: true, total: true, exact: true, user: { select: { displayName: true, deletedAt: true } } },
    }),
    db.stageScore.count({ where: { stageId } }),
  ]);
  return {
    rows: rows.map((row): LeaderboardRow => ({ userId: row.userId, name: nameOf(row.user), rank: row.rank, previousRank: null, total: row.total, exact: row.exact })),
    total,
    pages: Math.max(1, Math.ceil(total / LEADERBOARD_PAGE_SIZE)),
  };
}
