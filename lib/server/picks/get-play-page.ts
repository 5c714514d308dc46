import "server-only";
import { listPlayedChips } from "./played-chips";
import type { Db } from "@/lib/server/db";
import { getDatabaseNow } from "@/lib/server/clock";
import { countTransferHistory } from "@/lib/game/transfers";
import { findNextLock } from "@/lib/game/stage-lock";
import { listLockedRosters, listRetiredBefore, toTransferEntries } from "@/lib/game/locked-rosters";
import { loadEventForPlay } from "./load-event-rules";

/** Everything the play page needs for one player: the event, their rosters, calls and transfer state. */
export async function getPlayPage(db: Db, userId: string, slug: string) {
  const event = await loadEventForPlay(db, slug);
  const [now, stages, roster, calls, retiredCrews, featuredTeam, playedChips] = await Promise.all([
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
    db.roster.findUnique({
      where: { userId_eventId: { userId, eventId: event.id } },
      select: {
        joinedAt: true,
        versions: {
          orderBy: { savedAt: "asc" },
          select: { id: true, savedAt: true, captainCrewId: true, chip: true, chipStageId: true, crews: { select: { crewId: true } } },
        },
      },
    }),
    db.podiumCall.findMany({ where: { userId, stage: { eventId: event.id } } }),
    db.crew.findMany({
      where: { eventId: event.id, retiredAfterStageId: { not: null } },
      select: { id: true, retiredAfter: { select: { number: true } } },
    }),
    event.featuredTeamId ? db.team.findUnique({ where: { id: event.featuredTeamId }, select: { name: true } }) : null,
    listPlayedChips(db, userId, event.id),
  ]);

  const versions = (roster?.versions ?? []).map((version) => ({
    id: version.id,
    savedAt: version.savedAt,
    captainId: String(version.captainCrewId),
    chip: version.chip,
    chipStageId: version.chipStageId,
    crewIds: version.crews.map((crew) => String(crew.crewId)).sort(),
  }));
  const retired = retiredCrews.map((crew) => ({
    crewId: String(crew.id),
    retiredAfterStageNumber: crew.retiredAfter?.number ?? Number.MAX_SAFE_INTEGER,
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
    featuredTeamName: featuredTeam?.name ?? null,
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
