import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getLeaderboardEvent } from "@/lib/server/leaderboards/get-leaderboard-event";
import { LEADERBOARD_PAGE_SIZE } from "@/lib/server/leaderboards/get-overall-leaderboard";
import { getLeagueLeaderboard, type LeagueLeaderboardRow } from "@/lib/server/leagues/get-league-leaderboard";
import { LEAGUE_NOT_FOUND } from "@/lib/server/leagues/league-locks";
import type { LeagueLeaderboardJson, LeagueRowJson } from "./schemas";

function toLeagueRowJson(row: LeagueLeaderboardRow): LeagueRowJson {
  return {
    playerId: row.userId,
    rank: row.rank,
    previousRank: row.previousRank,
    movement: row.rank === null || row.previousRank === null ? null : row.previousRank - row.rank,
    name: row.name,
    points: row.total,
    exact: row.exact,
  };
}

/** A league's board for one of its members; getLeagueLeaderboard answers NOT_FOUND to anyone else. */
export async function getLeagueLeaderboardJson(db: Db, leagueId: number, page: number, viewerId: string): Promise<LeagueLeaderboardJson> {
  const board = await getLeagueLeaderboard(db, leagueId, page, viewerId);
  const event = await getLeaderboardEvent(db, { id: board.league.eventId });
  // getLeagueLeaderboard hides leagues of draft events; this covers an event unpublished in between.
  if (!event) throw new AppError("NOT_FOUND", LEAGUE_NOT_FOUND);
  return {
    league: board.league,
    event: { slug: event.slug, name: event.name },
    page,
    pageSize: LEADERBOARD_PAGE_SIZE,
    total: board.total,
    pages: board.pages,
    provisional: event.isProvisional,
    updatedAt: board.updatedAt?.toISOString() ?? null,
    rows: board.rows.map(toLeagueRowJson),
    mine: board.mine ? { ...toLeagueRowJson(board.mine), page: board.mine.page } : null,
  };
}
