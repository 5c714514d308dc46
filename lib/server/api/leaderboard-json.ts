import "server-only";
import type { Db } from "@/lib/server/db";
import { getLeaderboardEvent, type LeaderboardEvent } from "@/lib/server/leaderboards/get-leaderboard-event";
import {
  getOverallLeaderboard,
  getStageLeaderboard,
  LEADERBOARD_PAGE_SIZE,
  type LeaderboardRow,
} from "@/lib/server/leaderboards/get-overall-leaderboard";
import { eventNotFound, notFoundError } from "./respond";
import type { LeaderboardRowJson, OverallLeaderboardJson, StageLeaderboardJson } from "./schemas";

/** Positive movement is places gained since the previous published stage. */
export function toRowJson(row: LeaderboardRow): LeaderboardRowJson {
  return {
    playerId: row.userId,
    rank: row.rank,
    previousRank: row.previousRank,
    movement: row.previousRank === null ? null : row.previousRank - row.rank,
    name: row.name,
    points: row.total,
    exact: row.exact,
  };
}

export async function requireLeaderboardEvent(db: Db, slug: string): Promise<LeaderboardEvent> {
  const event = await getLeaderboardEvent(db, { slug });
  if (!event) throw eventNotFound(slug);
  return event;
}

/** A stage with a leaderboard: its results are published and it is not cancelled. */
export function requireBoardStage(event: LeaderboardEvent, stageNumber: number) {
  const stage = event.stages.find((candidate) => candidate.number === stageNumber);
  if (!stage)
    throw notFoundError(
      `Stage ${stageNumber} of "${event.slug}" has no leaderboard: it does not exist, is cancelled, or its results are not published.`,
    );
  return stage;
}

/** The public overall board: the page's data function without a viewer, so it is the same for all. */
export async function getOverallLeaderboardJson(db: Db, slug: string, page: number): Promise<OverallLeaderboardJson> {
  const event = await requireLeaderboardEvent(db, slug);
  const board = await getOverallLeaderboard(db, event.id, page, null);
  return {
    event: { slug: event.slug, name: event.name },
    page,
    pageSize: LEADERBOARD_PAGE_SIZE,
    total: board.total,
    pages: board.pages,
    provisional: event.isProvisional,
    updatedAt: board.updatedAt?.toISOString() ?? null,
    rows: board.rows.map(toRowJson),
  };
}

export async function getStageLeaderboardJson(db: Db, slug: string, stageNumber: number, page: number): Promise<StageLeaderboardJson> {
  const event = await requireLeaderboardEvent(db, slug);
  const stage = requireBoardStage(event, stageNumber);
  const board = await getStageLeaderboard(db, stage.id, page);
  return {
    event: { slug: event.slug, name: event.name },
    stage: { number: stage.number, name: stage.name, type: stage.type },
    page,
    pageSize: LEADERBOARD_PAGE_SIZE,
    total: board.total,
    pages: board.pages,
    provisional: stage.resultsStatus === "PROVISIONAL",
    rows: board.rows.map(toRowJson),
  };
}
