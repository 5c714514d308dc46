import "server-only";
import type { Db } from "@/lib/server/db";
import { breakDownRosterStage, buildProgress } from "@/lib/game/player-breakdown";
import { chipAt } from "@/lib/game/locked-rosters";
import { indexResults } from "@/lib/game/scoring/crew-points";
import { listRetiredBefore } from "@/lib/game/locked-rosters";
import { isPublished } from "@/lib/game/results-status";
import { getPlayPage } from "@/lib/server/picks/get-play-page";
import { getRankHistory } from "./get-rank-history";
import { ENGLISH_STAND_INS, type NameStandIns } from "@/lib/format/player-name";

/**
 * A player's public profile: who they are and the events they play, or null (unknown or deleted).
 * `standIns`: what a player without a display name is called, in the reader's language.
 */
export async function getPlayerProfile(db: Db, userId: string, standIns: NameStandIns = ENGLISH_STAND_INS) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      displayName: true,
      deletedAt: true,
      rosters: {
        where: { event: { status: { not: "DRAFT" } } },
        orderBy: { event: { startDate: "desc" } },
        select: { event: { select: { id: true, slug: true, name: true } } },
      },
      standings: { select: { eventId: true, rank: true, total: true } },
    },
  });
  if (!user || user.deletedAt) return null;
  const standingByEvent = new Map(user.standings.map((standing) => [standing.eventId, standing]));
  return {
    id: user.id,
    name: user.displayName ?? standIns.unnamed,
    events: user.rosters.map(({ event }) => ({ ...event, standing: standingByEvent.get(event.id) ?? null })),
  };
}

/**
 * One event of a player's public page: for every stage that has started, the roster that counted
 * (each crew's points, the captain's multiplied), the podium call, transfers and penalty, and the
 * stage score; plus points and overall rank after each published stage. Nothing of a stage that
 * has not started is read: the lock is decided by the database clock (getPlayPage).
 */
export async function getPlayerEvent(db: Db, userId: string, slug: string) {
  const page = await getPlayPage(db, userId, slug);
  const lockedStageIds = page.history.map(({ stage }) => stage.id);
  const publishedIds = page.history.filter(({ stage }) => isPublished(stage.resultsStatus)).map(({ stage }) => stage.id);
  const [scores, results, standing, rankAfter] = await Promise.all([
    db.stageScore.findMany({ where: { userId, stageId: { in: lockedStageIds } } }),
    db.stageResult.findMany({
      where: { stageId: { in: publishedIds } },
      select: { stageId: true, crewId: true, status: true, position: true },
    }),
    db.standing.findUnique({ where: { eventId_userId: { eventId: page.event.id, userId } } }),
    getRankHistory(db, page.event.id, userId),
  ]);
  const scoreByStage = new Map(scores.map((score) => [score.stageId, score]));
  const crewLabel = new Map(page.event.crews.map((crew) => [crew.id, crew.label]));

  const stages = page.history.map(({ stage, version, transfers }) => {
    const stageResults = indexResults(
      results
        .filter((row) => row.stageId === stage.id)
        .map((row) => ({ crew: String(row.crewId), status: row.status, position: row.position })),
    );
    const hasResults = publishedIds.includes(stage.id);
    const outCrewIds = new Set(listRetiredBefore(page.retired, stage.number));
    const chip = chipAt(stage, version);
    const crews = version
      ? breakDownRosterStage({
          crewIds: version.crewIds,
          captainId: version.captainId,
          results: stageResults,
          outCrewIds,
          chip,
          rules: page.event.rules,
        })
      : [];
    const call = page.calls.get(stage.id) ?? null;
    return {
      stage,
      hasResults,
      crews: crews.map((crew) => ({
        ...crew,
        label: crewLabel.get(crew.crewId) ?? "Unknown crew",
        points: hasResults ? crew.points : null,
      })),
      call: call && {
        podium: [call.p1CrewId, call.p2CrewId, call.p3CrewId].map((id) => crewLabel.get(String(id)) ?? "Unknown crew"),
        featuredBest: call.featuredBestCrewId === null ? null : (crewLabel.get(String(call.featuredBestCrewId)) ?? "Unknown crew"),
      },
      transfers,
      chip,
      score: scoreByStage.get(stage.id) ?? null,
    };
  });
  const progress = buildProgress(
    page.history.flatMap(({ stage }) => {
      const score = scoreByStage.get(stage.id);
      return score && publishedIds.includes(stage.id) ? [{ stageNumber: stage.number, total: score.total }] : [];
    }),
    rankAfter,
  );
  return { event: page.event, standing, stages, progress };
}
