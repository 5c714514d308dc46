import "server-only";
import { toIsoDate } from "@/lib/format/date-time";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { rescoreEvent } from "@/lib/server/results/rescore-event";
import { RESULTS_TRANSACTION_OPTIONS } from "@/lib/server/results/results-locks";
import { ruleOverridesSchema } from "@/lib/game/rules";
import { EVENT_EXPORT_FORMAT, EVENT_EXPORT_VERSION, type EventExport } from "@/lib/validation/event-export";

type VersionRow = {
  id: number;
  userId: string;
  savedAt: string;
  captainCrewId: number;
  crewIds: number[];
  chip: "JOKER" | "WILDCARD" | "SHIELD" | null;
  chipStage: number | null;
};

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date === null ? null : date.toISOString());

/**
 * Roster versions with saved_at to the microsecond (the column keeps them and locks compare them;
 * a JavaScript Date would round them to the millisecond).
 */
function listVersions(tx: Tx, eventId: number) {
  return tx.$queryRaw<VersionRow[]>`
    SELECT v.id, r.user_id::text AS "userId", v.captain_crew_id AS "captainCrewId", v.chip::text AS chip,
           (SELECT s.number FROM stage s WHERE s.id = v.chip_stage_id) AS "chipStage",
           to_char(v.saved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "savedAt",
           ARRAY(SELECT c.crew_id FROM roster_version_crew c WHERE c.version_id = v.id ORDER BY c.crew_id) AS "crewIds"
    FROM roster r JOIN roster_version v ON v.roster_id = r.id
    WHERE r.event_id = ${eventId}
    ORDER BY r.user_id, v.saved_at, v.id`;
}

async function readEvent(tx: Tx, eventId: number) {
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, include: { season: true } });
  const byStage = { stage: { eventId } };
  // One after another: a transaction has one connection, concurrent queries would only queue on it.
  const teams = await tx.team.findMany({ where: { eventId }, orderBy: { id: "asc" } });
  const crews = await tx.crew.findMany({
    where: { eventId },
    orderBy: { id: "asc" },
    include: { retiredAfter: { select: { number: true } } },
  });
  const stages = await tx.stage.findMany({
    where: { eventId },
    orderBy: { number: "asc" },
    include: { results: { orderBy: [{ position: "asc" }, { crewId: "asc" }] } },
  });
  const finalResults = await tx.finalResult.findMany({ where: { eventId }, orderBy: [{ position: "asc" }, { crewId: "asc" }] });
  const rosters = await tx.roster.findMany({ where: { eventId }, orderBy: { userId: "asc" } });
  const versions = await listVersions(tx, eventId);
  const stageNumber = { stage: { select: { number: true } } };
  const byStageThenUser = [{ stageId: "asc" as const }, { userId: "asc" as const }];
  // Locked rosters and stage scores have no relation to their stage (no foreign key): found by the stages' ids.
  const ofStages = { stageId: { in: stages.map((stage) => stage.id) } };
  const numberOf = <Row extends { stageId: number }>(row: Row) => ({
    ...row,
    stage: { number: stages.find((stage) => stage.id === row.stageId)!.number },
  });
  const stageRosters = (await tx.stageRoster.findMany({ where: ofStages, orderBy: byStageThenUser })).map(numberOf);
  const podiumCalls = await tx.podiumCall.findMany({ where: byStage, orderBy: byStageThenUser, include: stageNumber });
  const stageScores = (await tx.stageScore.findMany({ where: ofStages, orderBy: byStageThenUser })).map(numberOf);
  const standings = await tx.standing.findMany({ where: { eventId }, orderBy: [{ rank: "asc" }, { joinedAt: "asc" }, { userId: "asc" }] });
  const leagues = await tx.league.findMany({
    where: { eventId },
    orderBy: { id: "asc" },
    include: { members: { orderBy: [{ joinedAt: "asc" }, { userId: "asc" }] } },
  });
  return { event, teams, crews, stages, finalResults, rosters, versions, stageRosters, podiumCalls, stageScores, standings, leagues };
}

type EventRows = Awaited<ReturnType<typeof readEvent>>;

/** Everyone the event's data names: players, callers, scored players, league owners and members. */
async function readPlayers(tx: Tx, rows: EventRows): Promise<EventExport["players"]> {
  const ids = new Set<string>([
    ...rows.rosters.map((row) => row.userId),
    ...rows.podiumCalls.map((row) => row.userId),
    ...rows.stageRosters.map((row) => row.userId),
    ...rows.stageScores.map((row) => row.userId),
    ...rows.standings.map((row) => row.userId),
    ...rows.leagues.flatMap((league) => [league.ownerId, ...league.members.map((member) => member.userId)]),
  ]);
  // Only what the game shows: never emails, names from sign-in providers or password hashes.
  const users = await tx.user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, displayName: true, deletedAt: true },
    orderBy: { id: "asc" },
  });
  return users.map((user) => ({ id: user.id, displayName: user.displayName, isDeleted: user.deletedAt !== null }));
}

function toFile(rows: EventRows, players: EventExport["players"], exportedAt: Date): EventExport {
  const { event, teams, crews, stages } = rows;
  const rules = ruleOverridesSchema.safeParse(event.rules);
  // Stored rules are validated on every admin write; a bad row here is a bug, not user input.
  if (!rules.success) throw new Error(`event ${event.id} has invalid rules: ${rules.error.message}`);
  const versionsByPlayer = new Map<string, VersionRow[]>();
  for (const version of rows.versions) {
    const list = versionsByPlayer.get(version.userId);
    if (list) list.push(version);
    else versionsByPlayer.set(version.userId, [version]);
  }
  return {
    format: EVENT_EXPORT_FORMAT,
    version: EVENT_EXPORT_VERSION,
    exportedAt: iso(exportedAt),
    season: { slug: event.season.slug, name: event.season.name, year: event.season.year },
    event: {
      slug: event.slug,
      name: event.name,
      country: event.country,
      timeZone: event.timeZone,
      startDate: toIsoDate(event.startDate),
      endDate: toIsoDate(event.endDate),
      featuredTeamId: event.featuredTeamId,
      rules: rules.data,
      status: event.status,
      isSample: event.isSample,
      description: event.description,
      finalStatus: event.finalStatus,
      finalPublishedAt: isoOrNull(event.finalPublishedAt),
    },
    teams: teams.map((team) => ({ id: team.id, name: team.name, manufacturer: team.manufacturer, vehicle: team.vehicle, note: team.note })),
    crews: crews.map((crew) => ({
      id: crew.id,
      teamId: crew.teamId,
      number: crew.number,
      driver: crew.driver,
      driverNationality: crew.driverNationality,
      coDriver: crew.coDriver,
      coDriverNationality: crew.coDriverNationality,
      vehicle: crew.vehicle,
      category: crew.category,
      price: crew.price,
      isSamplePrice: crew.isSamplePrice,
      status: crew.status,
      retiredAfterStage: crew.retiredAfter?.number ?? null,
      source: crew.source,
    })),
    stages: stages.map((stage) => ({
      number: stage.number,
      name: stage.name,
      type: stage.type,
      startTown: stage.startTown,
      finishTown: stage.finishTown,
      specialKm: stage.specialKm,
      totalKm: stage.totalKm,
      startsAt: iso(stage.startsAt),
      status: stage.status,
      resultsStatus: stage.resultsStatus,
      resultsPublishedAt: isoOrNull(stage.resultsPublishedAt),
      correctedAt: isoOrNull(stage.correctedAt),
      correctionReason: stage.correctionReason,
      note: stage.note,
      results: stage.results.map((row) => ({
        crewId: row.crewId,
        position: row.position,
        status: row.status,
        timeSeconds: row.timeSeconds,
        penaltySeconds: row.penaltySeconds,
      })),
    })),
    finalResults: rows.finalResults.map((row) => ({
      crewId: row.crewId,
      position: row.position,
      status: row.status,
      timeSeconds: row.timeSeconds,
    })),
    players,
    rosters: rows.rosters.map((roster) => ({
      playerId: roster.userId,
      joinedAt: iso(roster.joinedAt),
      versions: (versionsByPlayer.get(roster.userId) ?? []).map((version) => ({
        id: version.id,
        savedAt: version.savedAt,
        captainCrewId: version.captainCrewId,
        crewIds: version.crewIds,
        ...(version.chip ? { chip: version.chip, chipStage: version.chipStage } : {}),
      })),
    })),
    stageRosters: rows.stageRosters.map((row) => ({
      stage: row.stage.number,
      playerId: row.userId,
      rosterVersionId: row.rosterVersionId,
      transfers: row.transfers,
    })),
    podiumCalls: rows.podiumCalls.map((call) => ({
      stage: call.stage.number,
      playerId: call.userId,
      p1CrewId: call.p1CrewId,
      p2CrewId: call.p2CrewId,
      p3CrewId: call.p3CrewId,
      featuredBestCrewId: call.featuredBestCrewId,
      createdAt: iso(call.createdAt),
      updatedAt: iso(call.updatedAt),
    })),
    stageScores: rows.stageScores.map((row) => ({
      stage: row.stage.number,
      playerId: row.userId,
      rosterPoints: row.rosterPoints,
      callPoints: row.callPoints,
      penalty: row.penalty,
      total: row.total,
      exact: row.exact,
      rank: row.rank,
    })),
    standings: rows.standings.map((row) => ({
      playerId: row.userId,
      total: row.total,
      exact: row.exact,
      finalBonus: row.finalBonus,
      rank: row.rank,
      previousRank: row.previousRank,
      joinedAt: iso(row.joinedAt),
    })),
    leagues: rows.leagues.map((league) => ({
      name: league.name,
      ownerId: league.ownerId,
      inviteCode: league.inviteCode,
      createdAt: iso(league.createdAt),
      members: league.members.map((member) => ({ playerId: member.userId, joinedAt: iso(member.joinedAt) })),
    })),
  };
}

/** Carries the file out of the transaction, which it rolls back. */
class Snapshot extends Error {
  constructor(readonly file: EventExport) {
    super("export snapshot");
  }
}

const ATTEMPTS = 3;

/**
 * One event and everything its game needs, as the versioned export file, read in one REPEATABLE
 * READ snapshot. The scores in the file are the app's scoring of that snapshot: the export rescores
 * the event inside it first (stored scores lag behind, e.g. for players who joined since the last
 * publish) and then rolls the transaction back, so the database is never written. A publish that
 * commits meanwhile makes the rescore's writes conflict (P2034): the export starts again.
 */
export async function exportEvent(db: Db, slug: string): Promise<EventExport> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await db.$transaction(
        async (tx) => {
          const event = await tx.event.findUnique({ where: { slug }, select: { id: true } });
          if (!event) throw new AppError("NOT_FOUND", `No event with the slug "${slug}".`);
          const [clock] = await tx.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
          await rescoreEvent(tx, event.id);
          const rows = await readEvent(tx, event.id);
          throw new Snapshot(toFile(rows, await readPlayers(tx, rows), clock!.now));
        },
        { ...RESULTS_TRANSACTION_OPTIONS, isolationLevel: "RepeatableRead" },
      );
    } catch (error) {
      if (error instanceof Snapshot) return error.file;
      const isConflict = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034";
      if (!isConflict || attempt === ATTEMPTS) throw error;
    }
  }
}
