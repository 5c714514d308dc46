import "server-only";
import type { Db } from "@/lib/server/db";
import { breakDownRosterStage, buildProgress } from "@/lib/game/player-breakdown";
import { indexResults } from "@/lib/game/scoring/crew-points";
import { chipAt, listLockedRosters, listRetiredBefore } from "@/lib/game/locked-rosters";
import { isPublished, PUBLISHED_STATUSES } from "@/lib/game/results-status";
import { buildPlayPage, loadPlayContext, loadPlayerPicks } from "@/lib/server/picks/get-play-page";
import { getStageScores } from "./get-stage-scores";
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
 * has not started is read: the lock is decided by the database clock (loadPlayContext).
 */
export async function getPlayerEvent(db: Db, userId: string, slug: string) {
  return readPlayerEvent(db, loadPlayerEventContext(db, slug), slug, userId);
}

/**
 * What every player's page of one event shares: the event, its stages and clock (loadPlayContext)
 * and the published stages' results. The compare page reads it once for its two players.
 */
export async function loadPlayerEventContext(db: Db, slug: string) {
  const [play, publishedResults] = await Promise.all([
    loadPlayContext(db, slug),
    db.stageResult.findMany({
      where: { stage: { event: { slug }, resultsStatus: { in: [...PUBLISHED_STATUSES] } } },
      select: { stageId: true, crewId: true, status: true, position: true },
    }),
  ]);
  // The stages locked by the clock are the same for every player (their rosters aside).
  const locked = listLockedRosters(play.stages, [], play.now).map(({ stage }) => stage);
  const lockedStageIds = locked.map((stage) => stage.id);
  const publishedIds = locked.filter((stage) => isPublished(stage.resultsStatus)).map((stage) => stage.id);
  // Results are shown for started stages only, whatever their status says.
  const results = publishedResults.filter((row) => publishedIds.includes(row.stageId));
  return { play, lockedStageIds, publishedIds, results };
}

export type PlayerEventContext = Awaited<ReturnType<typeof loadPlayerEventContext>>;

/**
 * One player's page of the event `loading` reads: their own rows are read while the event's
 * context loads (keyed by the slug), their scores once the locked stages are known.
 */
export async function readPlayerEvent(db: Db, loading: Promise<PlayerEventContext>, slug: string, userId: string) {
  const [context, picks, { scores, rankAfter }, standing] = await Promise.all([
    loading,
    loadPlayerPicks(db, slug, userId),
    loading.then(({ lockedStageIds, publishedIds }) => getStageScores(db, userId, lockedStageIds, publishedIds)),
    db.standing.findFirst({ where: { userId, event: { slug } } }),
  ]);
  const { play, publishedIds, results } = context;
  const page = buildPlayPage(play, picks);
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
