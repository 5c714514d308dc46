import "server-only";
import { listPlayedChips } from "./played-chips";
import type { Db } from "@/lib/server/db";
import { getDatabaseNow } from "@/lib/server/clock";
import { countTransferHistory } from "@/lib/game/transfers";
import { findNextLock } from "@/lib/game/stage-lock";
import { listLockedRosters, listRetiredBefore, toTransferEntries } from "@/lib/game/locked-rosters";
import { loadEventForPlay, type EventForPlay } from "./load-event-rules";

/** Everything the play page needs for one player: the event, their rosters, calls and transfer state. */
export async function getPlayPage(db: Db, userId: string, slug: string) {
  const event = await loadEventForPlay(db, slug);
  const [context, picks] = await Promise.all([loadEventState(db, event), loadPlayerPicks(db, event.id, userId)]);
  return buildPlayPage(context, picks);
}

/**
 * The event and its stages, the database clock and the retired crews: what every player's page of
 * one event shares, so a page showing two players (compare) reads them once.
 */
export async function loadPlayContext(db: Db, slug: string) {
  return loadEventState(db, await loadEventForPlay(db, slug));
}

export type PlayContext = Awaited<ReturnType<typeof loadPlayContext>>;

/** One player's part of their play page of the event `context` holds. */
export async function getPlayerPlay(db: Db, context: PlayContext, userId: string) {
  return buildPlayPage(context, await loadPlayerPicks(db, context.event.id, userId));
}

async function loadEventState(db: Db, event: EventForPlay) {
  const [now, stages, retiredCrews, featuredTeam] = await Promise.all([
    getDatabaseNow(db),
    db.stage.findMany({
      where: { eventId: event.id },
      orderBy: { number: "asc" },
      select: {
        id: true,
        number: true,
        name: true,
        type: true,
        startTown: true,
        finishTown: true,
        startsAt: true,
        status: true,
        resultsStatus: true,
      },
    }),
    db.crew.findMany({
      where: { eventId: event.id, retiredAfterStageId: { not: null } },
      select: { id: true, retiredAfter: { select: { number: true } } },
    }),
    event.featuredTeamId ? db.team.findUnique({ where: { id: event.featuredTeamId }, select: { name: true } }) : null,
  ]);
  const retired = retiredCrews.map((crew) => ({
    crewId: String(crew.id),
    retiredAfterStageNumber: crew.retiredAfter?.number ?? Number.MAX_SAFE_INTEGER,
  }));
  return { event, now, stages, retired, featuredTeamName: featuredTeam?.name ?? null };
}

async function loadPlayerPicks(db: Db, eventId: number, userId: string) {
  const [roster, calls, playedChips] = await Promise.all([
    db.roster.findUnique({
      where: { userId_eventId: { userId, eventId } },
      select: {
        joinedAt: true,
        versions: {
          orderBy: { savedAt: "asc" },
          select: { id: true, savedAt: true, captainCrewId: true, chip: true, chipStageId: true, crews: { select: { crewId: true } } },
        },
      },
    }),
    db.podiumCall.findMany({ where: { userId, stage: { eventId } } }),
    listPlayedChips(db, userId, eventId),
  ]);
  return { roster, calls, playedChips };
}

function buildPlayPage(context: Awaited<ReturnType<typeof loadEventState>>, picks: Awaited<ReturnType<typeof loadPlayerPicks>>) {
  const { event, now, stages, retired } = context;
  const { roster, calls, playedChips } = picks;
  const versions = (roster?.versions ?? []).map((version) => ({
    id: version.id,
    savedAt: version.savedAt,
    captainId: String(version.captainCrewId),
    chip: version.chip,
    chipStageId: version.chipStageId,
    crewIds: version.crews.map((crew) => String(crew.crewId)).sort(),
  }));
  const locked = listLockedRosters(stages, versions, now);
  const entries = toTransferEntries(locked, retired);
  const steps = countTransferHistory(entries, event.rules);
  const nextStage = findNextLock(stages, now) ?? null;
  const latest = versions.at(-1) ?? null;
  const latestVersion = roster?.versions.at(-1);
  // The chip saved with the latest roster, while the stage it was saved for is still the next one.
  const pendingChip = latestVersion?.chip && nextStage && latestVersion.chipStageId === nextStage.id ? latestVersion.chip : null;

  return {
    now,
    event,
    featuredTeamName: context.featuredTeamName,
    chips: { offered: event.rules.chips, played: playedChips, pending: pendingChip },
    stages,
    nextStage,
    latest,
    joinedAt: roster?.joinedAt ?? null,
    calls: new Map(calls.map((call) => [call.stageId, call])),
    retired,
    history: locked.map((entry) => {
      const index = entries.findIndex((candidate) => candidate.stageNumber === entry.stage.number);
      return { ...entry, transfers: index >= 0 ? steps[index]! : null };
    }),
    transferState: {
      isBeforeFirstLock: locked.length === 0,
      previous: entries.at(-1)?.crews ?? null,
      bank: steps.at(-1)?.bankAfter ?? 0,
      retiredBeforeNext: nextStage ? listRetiredBefore(retired, nextStage.number) : [],
    },
  };
}

export type PlayPage = Awaited<ReturnType<typeof getPlayPage>>;
