import "server-only";
import type { Db } from "@/lib/server/db";
import { DELETED_PLAYER_NAME } from "@/lib/format/player-name";

export const LEADERBOARD_PAGE_SIZE = 50;

export type LeaderboardRow = {
  userId: string;
  name: string;
  rank: number;
  previousRank: number | null;
  total: number;
  exact: number;
};

export { DELETED_PLAYER_NAME };

const nameOf = (user: { displayName: string | null; deletedAt: Date | null }) => (user.deletedAt ? DELETED_PLAYER_NAME : (user.displayName ?? "Player"));

const standingOrder = [{ rank: "asc" as const }, { joinedAt: "asc" as const }, { userId: "asc" as const }];
const standingSelect = {
  userId: true, rank: true, previousRank: true, total: true, exact: true, joinedAt: true,
  user: { select: { displayName: true, deletedAt: true } },
} as const;

function toRow(row: { userId: string; rank: number; previousRank: number | null; total: number; exact: number; user: { displayName: string | null; deletedAt: Date | null } }): LeaderboardRow {
  return { userId: row.userId, name: nameOf(row.user), rank: row.rank, previousRank: row.previousRank, total: row.total, exact: row.exact };
}

/**
 * One page of an event's overall standings, read from the stored Standing rows (written by
 * rescoring, never recomputed here). The same for every viewer, so it can be cached.
 */
export async function getOverallBoardPage(db: Db, eventId: number, page: number) {
  const [rows, total, freshness] = await Promise.all([
    db.standing.findMany({ where: { eventId }, orderBy: standingOrder, skip: (page - 1) * LEADERBOARD_PAGE_SIZE, take: LEADERBOARD_PAGE_SIZE, select: standingSelect }),
    db.standing.count({ where: { eventId } }),
    db.standing.aggregate({ where: { eventId }, _max: { updatedAt: true } }),
  ]);
  return {
    rows: rows.map(toRow),
    total,
    pages: Math.max(1, Math.ceil(total / LEADERBOARD_PAGE_SIZE)),
    updatedAt: freshness._max.updatedAt,
  };
}

/** The viewer's own overall row and the page it sits on, or null before they have a standing. */
export async function getViewerStanding(db: Db, eventId: number, viewerId: string) {
  const mine = await db.standing.findUnique({ where: { eventId_userId: { eventId, userId: viewerId } }, select: standingSelect });
  if (!mine) return null;
  // Rows listed before the viewer's: better ranks, then earlier joiners within the same rank.
  const ahead = await db.standing.count({
    where: {
      eventId,
      OR: [{ rank: { lt: mine.rank } }, { rank: mine.rank, joinedAt: { lt: mine.joinedAt } }, { rank: mine.rank, joinedAt: mine.joinedAt, userId: { lt: mine.userId } }],
    },
  });
  return { ...toRow(mine), page: Math.floor(ahead / LEADERBOARD_PAGE_SIZE) + 1 };
}

/** One page of the overall standings plus the viewer's own row (pinned on the page). */
export async function getOverallLeaderboard(db: Db, eventId: number, page: number, viewerId: string | null) {
  const [board, mine] = await Promise.all([getOverallBoardPage(db, eventId, page), viewerId ? getViewerStanding(db, eventId, viewerId) : null]);
  return { ...board, mine };
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

/** Every row of an event's overall standings in board order, in one read (the CSV download). */
export async function listOverallLeaderboard(db: Db, eventId: number): Promise<LeaderboardRow[]> {
  const rows = await db.standing.findMany({ where: { eventId }, orderBy: standingOrder, select: standingSelect });
  return rows.map(toRow);
}

/** Every row of a stage's leaderboard in board order, in one read (the CSV download). */
export async function listStageLeaderboard(db: Db, stageId: number): Promise<LeaderboardRow[]> {
  const rows = await db.stageScore.findMany({
    where: { stageId },
    orderBy: [{ rank: "asc" }, { userId: "asc" }],
    select: { userId: true, rank: true, total: true, exact: true, user: { select: { displayName: true, deletedAt: true } } },
  });
  return rows.map((row) => toRow({ ...row, previousRank: null }));
}
