import "server-only";
import { listPlayedChips } from "./played-chips";
import type { Db } from "@/lib/server/db";
import type { Chip } from "@/lib/game/rules";
import { getDatabaseNow } from "@/lib/server/clock";
import { countTransferHistory } from "@/lib/game/transfers";
import { findNextLock } from "@/lib/game/stage-lock";
import { listLockedRosters, listRetiredBefore, toTransferEntries } from "@/lib/game/locked-rosters";
import { loadEventForPlay } from "./load-event-rules";

/** Everything the play page needs for one player: the event, their rosters, calls and transfer state. */
export async function getPlayPage(db: Db, userId: string, slug: string) {
  const [context, picks, featured] = await Promise.all([
    loadPlayContext(db, slug),
    loadPlayerPicks(db, slug, userId),
    db.event.findUnique({ where: { slug }, select: { featuredTeam: { select: { name: true } } } }),
  ]);
  return { ...buildPlayPage(context, picks), featuredTeamName: featured?.featuredTeam?.name ?? null };
}

/**
 * The event and its stages, the database clock and the retired crews: what every player's page of
 * one event shares, so a page showing two players (compare) reads them once. Every read is keyed
 * by the slug, so they run side by side instead of waiting for the event's row.
 */
export async function loadPlayContext(db: Db, slug: string) {
  const [event, now, stages, retiredCrews] = await Promise.all([
    loadEventForPlay(db, slug),
    getDatabaseNow(db),
    db.stage.findMany({
      where: { event: { slug } },
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
    db.crew.findMany({ where: { event: { slug }, retiredAfterStageId: { not: null } }, select: { id: true, retiredAfterStageId: true } }),
  ]);
  const retired = retiredCrews.map((crew) => ({
    crewId: String(crew.id),
    retiredAfterStageNumber: stages.find((stage) => stage.id === crew.retiredAfterStageId)?.number ?? Number.MAX_SAFE_INTEGER,
  }));
  return { event, now, stages, retired };
}

export type PlayContext = Awaited<ReturnType<typeof loadPlayContext>>;
export type PlayerPicks = Awaited<ReturnType<typeof loadPlayerPicks>>;

/**
 * One player's roster versions, calls and played chips in an event, keyed by its slug so they are
 * read alongside the event's context. Their own page shows every call; a public page only those
 * of locked stages (getPlayerEvent).
 */
export async function loadPlayerPicks(db: Db, slug: string, userId: string) {
  const [roster, calls, playedChips] = await Promise.all([
    readRosterVersions(db, slug, userId),
    db.podiumCall.findMany({ where: { userId, stage: { event: { slug } } } }),
    listPlayedChips(db, userId, { slug }),
  ]);
  return { roster, calls, playedChips };
}

/** One player's play page from the event's context and their own rows. */
export function buildPlayPage(context: PlayContext, picks: PlayerPicks) {
  const { event, now, stages, retired } = context;
  const { roster, calls, playedChips } = picks;
  const versions = roster?.versions ?? [];
  const locked = listLockedRosters(stages, versions, now);
  const entries = toTransferEntries(locked, retired);
  const steps = countTransferHistory(entries, event.rules);
  const nextStage = findNextLock(stages, now) ?? null;
  const latest = versions.at(-1) ?? null;
  // The chip saved with the latest roster, while the stage it was saved for is still the next one.
  const pendingChip = latest?.chip && nextStage && latest.chipStageId === nextStage.id ? latest.chip : null;

  return {
    now,
    event,
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

type VersionRow = {
  joinedAt: Date;
  id: number | null;
  savedAt: Date | null;
  captainCrewId: number | null;
  chip: Chip | null;
  chipStageId: number | null;
  crewIds: number[] | null;
};

/**
 * A player's roster in the event, every version in save order with its crews: one statement (the
 * roster, its versions and their crews were three dependent round trips), or null before joining.
 */
async function readRosterVersions(db: Db, slug: string, userId: string) {
  const rows = await db.$queryRaw<VersionRow[]>`
    SELECT r.joined_at AS "joinedAt", v.id, v.saved_at AS "savedAt", v.captain_crew_id AS "captainCrewId",
           v.chip::text AS chip, v.chip_stage_id AS "chipStageId",
           (SELECT array_agg(c.crew_id) FROM roster_version_crew c WHERE c.version_id = v.id) AS "crewIds"
    FROM event e JOIN roster r ON r.event_id = e.id LEFT JOIN roster_version v ON v.roster_id = r.id
    WHERE e.slug = ${slug} AND r.user_id = ${userId}::uuid
    ORDER BY v.saved_at`;
  const [first] = rows;
  if (!first) return null;
  const versions = rows.flatMap((row) =>
    row.id === null || row.savedAt === null || row.captainCrewId === null
      ? []
      : [
          {
            id: row.id,
            savedAt: row.savedAt,
            captainId: String(row.captainCrewId),
            chip: row.chip,
            chipStageId: row.chipStageId,
            crewIds: (row.crewIds ?? []).map(String).sort(),
          },
        ],
  );
  return { joinedAt: first.joinedAt, versions };
}
