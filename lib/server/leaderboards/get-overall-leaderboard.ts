import "server-only";
import type { Db } from "@/lib/server/db";
import { DELETED_PLAYER_NAME } from "@/lib/format/player-name";
import { readStandingsChangedAt } from "@/lib/server/results/scoring-state";

export const LEADERBOARD_PAGE_SIZE = 50;

export type LeaderboardRow = {
  userId: string;
  name: string;
  /** No display name yet (an OAuth sign-up): `name` is an English stand-in, which pages word in the reader's language. */
  isUnnamed: boolean;
  rank: number;
  previousRank: number | null;
  total: number;
  exact: number;
};

export { DELETED_PLAYER_NAME };

const nameOf = (user: { displayName: string | null; deletedAt: Date | null }) =>
  user.deletedAt ? DELETED_PLAYER_NAME : (user.displayName ?? "Player");
const isUnnamed = (user: { displayName: string | null; deletedAt: Date | null }) => !user.deletedAt && user.displayName === null;

const standingSelect = {
  userId: true,
  rank: true,
  previousRank: true,
  total: true,
  exact: true,
  position: true,
  user: { select: { displayName: true, deletedAt: true } },
} as const;

function toRow(row: {
  userId: string;
  rank: number;
  previousRank: number | null;
  total: number;
  exact: number;
  user: { displayName: string | null; deletedAt: Date | null };
}): LeaderboardRow {
  return {
    userId: row.userId,
    name: nameOf(row.user),
    isUnnamed: isUnnamed(row.user),
    rank: row.rank,
    previousRank: row.previousRank,
    total: row.total,
    exact: row.exact,
  };
}

const pageOf = (position: number) => Math.ceil(position / LEADERBOARD_PAGE_SIZE);

/**
 * One page of an event's overall standings, read from the stored Standing rows (written by
 * rescoring, never recomputed here). The same for every viewer, so it can be cached. Every read is
 * an index lookup, whatever the number of players: a page is a range of stored board positions,
 * and the board's size is its last position.
 */
export async function getOverallBoardPage(db: Db, eventId: number, page: number) {
  const first = (page - 1) * LEADERBOARD_PAGE_SIZE + 1;
  const [rows, last, updatedAt] = await Promise.all([
    db.standing.findMany({
      where: { eventId, position: { gte: first, lt: first + LEADERBOARD_PAGE_SIZE } },
      orderBy: { position: "asc" },
      select: standingSelect,
    }),
    // The board's last row, not aggregate({ _max }): Prisma wraps that in an OFFSET subquery, which
    // stops PostgreSQL reading max() off the index and scans every standing of the event instead.
    db.standing.findFirst({ where: { eventId }, orderBy: { position: "desc" }, select: { position: true } }),
    readStandingsChangedAt(db, eventId),
  ]);
  const total = last?.position ?? 0;
  return { rows: rows.map(toRow), total, pages: Math.max(1, pageOf(total)), updatedAt };
}

/** The viewer's own overall row and the page it sits on, or null before they have a standing. */
export async function getViewerStanding(db: Db, eventId: number, viewerId: string) {
  const mine = await db.standing.findUnique({ where: { eventId_userId: { eventId, userId: viewerId } }, select: standingSelect });
  if (!mine) return null;
  return { ...toRow(mine), page: pageOf(mine.position) };
}

/** One page of the overall standings plus the viewer's own row (pinned on the page). */
export async function getOverallLeaderboard(db: Db, eventId: number, page: number, viewerId: string | null) {
  const [board, mine] = await Promise.all([
    getOverallBoardPage(db, eventId, page),
    viewerId ? getViewerStanding(db, eventId, viewerId) : null,
  ]);
  return { ...board, mine };
}

type StageBoardRow = { user_id: string; rank: number; total: number; exact: number; display_name: string | null; deleted_at: Date | null };

const toStageRow = (row: StageBoardRow): LeaderboardRow => ({
  userId: row.user_id,
  name: nameOf({ displayName: row.display_name, deletedAt: row.deleted_at }),
  isUnnamed: isUnnamed({ displayName: row.display_name, deletedAt: row.deleted_at }),
  rank: row.rank,
  previousRank: null,
  total: row.total,
  exact: row.exact,
});

/**
 * A stage's rows in board order with their players' names, from `offset` (all of them without a
 * limit). Plain SQL: stage scores have no relation to their users (no foreign key, see the schema).
 */
function readStageBoard(db: Db, stageId: number, offset: number, limit: number | null) {
  return db.$queryRaw<StageBoardRow[]>`
    SELECT s.user_id::text, s.rank, s.total, s.exact, u.display_name, u.deleted_at
    FROM stage_score s JOIN "user" u ON u.id = s.user_id
    WHERE s.stage_id = ${stageId}
    ORDER BY s.rank, s.user_id
    LIMIT ${limit} OFFSET ${offset}`;
}

/** One page of a stage's leaderboard from the stored StageScore rows. */
export async function getStageLeaderboard(db: Db, stageId: number, page: number) {
  const [rows, total] = await Promise.all([
    readStageBoard(db, stageId, (page - 1) * LEADERBOARD_PAGE_SIZE, LEADERBOARD_PAGE_SIZE),
    db.stageScore.count({ where: { stageId } }),
  ]);
  return {
    rows: rows.map(toStageRow),
    total,
    pages: Math.max(1, Math.ceil(total / LEADERBOARD_PAGE_SIZE)),
  };
}

/** Every row of an event's overall standings in board order, in one read (the CSV download). */
export async function listOverallLeaderboard(db: Db, eventId: number): Promise<LeaderboardRow[]> {
  const rows = await db.standing.findMany({ where: { eventId }, orderBy: { position: "asc" }, select: standingSelect });
  return rows.map(toRow);
}

/** Every row of a stage's leaderboard in board order, in one read (the CSV download). */
export async function listStageLeaderboard(db: Db, stageId: number): Promise<LeaderboardRow[]> {
  return (await readStageBoard(db, stageId, 0, null)).map(toStageRow);
}
