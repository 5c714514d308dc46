import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { LEADERBOARD_PAGE_SIZE, type LeaderboardRow } from "@/lib/server/leaderboards/get-overall-leaderboard";
import { LEAGUE_NOT_FOUND } from "./league-locks";

/** A league board row: `rank` is null for a member not scored yet (listed last, with 0 points). */
export type LeagueLeaderboardRow = Omit<LeaderboardRow, "rank"> & { rank: number | null };

type Row = {
  leagueId: number;
  leagueName: string;
  eventId: number;
  ownerId: string;
  totalCount: number;
  updatedAt: Date | null;
  userId: string | null;
  displayName: string | null;
  deletedAt: Date | null;
  rank: number | null;
  previousRank: number | null;
  total: number | null;
  exact: number | null;
  position: number | null;
  isOnPage: boolean | null;
};

/** The board's one query (exported so a test can EXPLAIN it): the page's rows plus the viewer's own. */
export function leagueBoardQuery(leagueId: number, viewerId: string, offset: number): Prisma.Sql {
  return Prisma.sql`
    WITH lg AS (
      SELECT l.id, l.name, l.event_id, l.owner_id FROM league l JOIN event e ON e.id = l.event_id
      WHERE l.id = ${leagueId} AND e.status <> 'DRAFT'
        AND EXISTS (SELECT 1 FROM league_member v WHERE v.league_id = l.id AND v.user_id = ${viewerId}::uuid)
    ),
    ranked AS (
      SELECT m.user_id, u.display_name, u.deleted_at, s.total, s.exact, s.updated_at,
             CASE WHEN s.rank IS NULL THEN NULL ELSE (RANK() OVER (ORDER BY s.rank))::int END AS rank,
             CASE WHEN s.previous_rank IS NULL THEN NULL ELSE (RANK() OVER (ORDER BY s.previous_rank))::int END AS previous_rank,
             (ROW_NUMBER() OVER (ORDER BY s.rank NULLS LAST, s.joined_at NULLS LAST, m.joined_at, m.user_id))::int AS position
      FROM lg
      JOIN league_member m ON m.league_id = lg.id
      JOIN "user" u ON u.id = m.user_id
      LEFT JOIN standing s ON s.event_id = lg.event_id AND s.user_id = m.user_id
    )
    SELECT lg.id AS "leagueId", lg.name AS "leagueName", lg.event_id AS "eventId", lg.owner_id::text AS "ownerId",
           (SELECT count(*)::int FROM ranked) AS "totalCount", (SELECT max(updated_at) FROM ranked) AS "updatedAt",
           r.user_id::text AS "userId", r.display_name AS "displayName", r.deleted_at AS "deletedAt", r.rank,
           r.previous_rank AS "previousRank", r.total, r.exact, r.position, r.is_on_page AS "isOnPage"
    FROM lg
    LEFT JOIN (
      (SELECT ranked.*, true AS is_on_page FROM ranked ORDER BY position LIMIT ${LEADERBOARD_PAGE_SIZE} OFFSET ${offset})
      UNION ALL
      (SELECT ranked.*, false AS is_on_page FROM ranked WHERE user_id = ${viewerId}::uuid)
    ) r ON true
    ORDER BY r.is_on_page DESC, r.position`;
}

/**
 * One page of a league's board for one of its members (anyone else gets NOT_FOUND), in one query.
 * Ranks come from the stored standings only: league rank = RANK() over the members' event ranks,
 * previous league rank likewise over their previous ranks. Each member's standing is looked up by
 * (event_id, user_id), standing's primary key: the cost follows the league's size, not the event's.
 * Members without a standing list after the scored ones with no rank and 0 points.
 */
export async function getLeagueLeaderboard(db: Db, leagueId: number, page: number, viewerId: string | null) {
  if (viewerId === null) throw new AppError("NOT_FOUND", LEAGUE_NOT_FOUND);
  const offset = (page - 1) * LEADERBOARD_PAGE_SIZE;
  const rows = await db.$queryRaw<Row[]>(leagueBoardQuery(leagueId, viewerId, offset));

  const head = rows[0];
  if (!head) throw new AppError("NOT_FOUND", LEAGUE_NOT_FOUND);
  const toRow = (row: Row): LeagueLeaderboardRow => ({
    userId: row.userId!,
    name: row.deletedAt ? "Deleted player" : (row.displayName ?? "Player"),
    isUnnamed: !row.deletedAt && row.displayName === null,
    rank: row.rank,
    previousRank: row.previousRank,
    total: row.total ?? 0,
    exact: row.exact ?? 0,
  });
  const mine = rows.find((row) => row.isOnPage === false);
  return {
    rows: rows.filter((row) => row.isOnPage === true).map(toRow),
    total: head.totalCount,
    pages: Math.max(1, Math.ceil(head.totalCount / LEADERBOARD_PAGE_SIZE)),
    mine: mine ? { ...toRow(mine), page: Math.floor((mine.position! - 1) / LEADERBOARD_PAGE_SIZE) + 1 } : null,
    updatedAt: head.updatedAt,
    league: { id: head.leagueId, name: head.leagueName, eventId: head.eventId, ownerId: head.ownerId },
  };
}
