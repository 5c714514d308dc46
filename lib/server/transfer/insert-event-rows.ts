import "server-only";
import type { Tx } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toPgArray } from "@/lib/server/results/pg-array";
import type { EventExport } from "@/lib/validation/event-export";

/** The new database ids of the file's teams, crews, stages (by number) and roster versions. */
export type ImportedIds = {
  eventId: number;
  teams: Map<number, number>;
  crews: Map<number, number>;
  stages: Map<number, number>;
  versions: Map<number, number>;
};

type SerialTable = "team" | "crew" | "stage" | "roster" | "roster_version" | "league";

// Rows per statement: well under PostgreSQL's 65,535 parameters for the widest table.
const CHUNK_ROWS = 2_000;

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) await write(rows.slice(start, start + CHUNK_ROWS));
}

/**
 * Takes `count` ids from a table's sequence, so rows can be inserted in bulk with known ids and
 * the file's references mapped to them without relying on the order RETURNING gives rows back.
 */
async function allocateIds(tx: Tx, table: SerialTable, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT nextval(pg_get_serial_sequence(${table}, 'id'))::int AS id FROM generate_series(1, ${count}::int)`;
  return rows.map((row) => row.id);
}

async function mapIds(tx: Tx, table: SerialTable, keys: readonly number[]): Promise<Map<number, number>> {
  const ids = await allocateIds(tx, table, keys.length);
  return new Map(keys.map((key, i) => [key, ids[i]!]));
}

function lookup(map: ReadonlyMap<number, number>, key: number): number {
  const id = map.get(key);
  // The file's references were all checked when it was parsed.
  if (id === undefined) throw new Error(`import: no new id for ${key}`);
  return id;
}

const date = (iso: string) => new Date(iso);
const dateOrNull = (iso: string | null) => (iso === null ? null : new Date(iso));

async function insertField(tx: Tx, file: EventExport, seasonId: number): Promise<Omit<ImportedIds, "versions">> {
  const { featuredTeamId, rules, startDate, endDate, finalPublishedAt, ...event } = file.event;
  const created = await tx.event.create({
    data: {
      ...event,
      seasonId,
      rules: rules as Prisma.InputJsonObject,
      startDate: date(`${startDate}T00:00:00.000Z`),
      endDate: date(`${endDate}T00:00:00.000Z`),
      finalPublishedAt: dateOrNull(finalPublishedAt),
    },
    select: { id: true },
  });
  const eventId = created.id;
  const teams = await mapIds(
    tx,
    "team",
    file.teams.map((team) => team.id),
  );
  await tx.team.createMany({ data: file.teams.map(({ id, ...team }) => ({ ...team, id: lookup(teams, id), eventId })) });
  if (featuredTeamId !== null) await tx.event.update({ where: { id: eventId }, data: { featuredTeamId: lookup(teams, featuredTeamId) } });

  const stages = await mapIds(
    tx,
    "stage",
    file.stages.map((stage) => stage.number),
  );
  await tx.stage.createMany({
    data: file.stages.map((stage) => ({
      id: lookup(stages, stage.number),
      eventId,
      number: stage.number,
      name: stage.name,
      type: stage.type,
      startTown: stage.startTown,
      finishTown: stage.finishTown,
      specialKm: stage.specialKm,
      totalKm: stage.totalKm,
      startsAt: date(stage.startsAt),
      status: stage.status,
      resultsStatus: stage.resultsStatus,
      resultsPublishedAt: dateOrNull(stage.resultsPublishedAt),
      correctedAt: dateOrNull(stage.correctedAt),
      correctionReason: stage.correctionReason,
      note: stage.note,
    })),
  });
  const crews = await mapIds(
    tx,
    "crew",
    file.crews.map((crew) => crew.id),
  );
  await tx.crew.createMany({
    data: file.crews.map(({ id, teamId, retiredAfterStage, ...crew }) => ({
      ...crew,
      id: lookup(crews, id),
      eventId,
      teamId: lookup(teams, teamId),
      retiredAfterStageId: retiredAfterStage === null ? null : lookup(stages, retiredAfterStage),
    })),
  });
  const results = file.stages.flatMap((stage) =>
    stage.results.map(({ crewId, ...row }) => ({ ...row, stageId: lookup(stages, stage.number), crewId: lookup(crews, crewId) })),
  );
  await inChunks(results, (data) => tx.stageResult.createMany({ data }));
  await tx.finalResult.createMany({
    data: file.finalResults.map(({ crewId, ...row }) => ({ ...row, eventId, crewId: lookup(crews, crewId) })),
  });
  return { eventId, teams, crews, stages };
}

/** Players the database does not hold yet: a uuid and a display name, no way to sign in. */
async function insertPlayers(tx: Tx, file: EventExport, existing: ReadonlySet<string>): Promise<number> {
  const deletedAt = date(file.exportedAt);
  const fresh = file.players.filter((player) => !existing.has(player.id));
  await inChunks(fresh, (chunk) =>
    tx.user.createMany({
      data: chunk.map((player) => ({ id: player.id, displayName: player.displayName, deletedAt: player.isDeleted ? deletedAt : null })),
    }),
  );
  return fresh.length;
}

async function insertRosters(tx: Tx, file: EventExport, ids: Omit<ImportedIds, "versions">): Promise<Map<number, number>> {
  const rosterIds = await allocateIds(tx, "roster", file.rosters.length);
  await inChunks(
    file.rosters.map((roster, i) => ({
      id: rosterIds[i]!,
      userId: roster.playerId,
      eventId: ids.eventId,
      joinedAt: date(roster.joinedAt),
    })),
    (data) => tx.roster.createMany({ data }),
  );

  const versions = file.rosters.flatMap((roster, i) => roster.versions.map((version) => ({ ...version, rosterId: rosterIds[i]! })));
  const versionIds = await mapIds(
    tx,
    "roster_version",
    versions.map((version) => version.id),
  );
  // Raw SQL: saved_at keeps its microseconds (the file's text), which a Date would round off.
  await inChunks(
    versions,
    (chunk) => tx.$executeRaw`
    INSERT INTO roster_version (id, roster_id, captain_crew_id, saved_at, chip, chip_stage_id)
    SELECT * FROM unnest(${toPgArray(chunk.map((version) => lookup(versionIds, version.id)))}::int[], ${toPgArray(chunk.map((version) => version.rosterId))}::int[],
                         ${toPgArray(chunk.map((version) => lookup(ids.crews, version.captainCrewId)))}::int[], ${toPgArray(chunk.map((version) => version.savedAt))}::timestamptz[],
                         ${toPgArray(chunk.map((version) => version.chip ?? null))}::"Chip"[],
                         ${toPgArray(chunk.map((version) => (version.chip && version.chipStage != null ? lookup(ids.stages, version.chipStage) : null)))}::int[])`,
  );
  const picks = versions.flatMap((version) =>
    version.crewIds.map((crewId) => ({ versionId: lookup(versionIds, version.id), crewId: lookup(ids.crews, crewId) })),
  );
  await inChunks(picks, (data) => tx.rosterVersionCrew.createMany({ data }));
  return versionIds;
}

async function insertCallsAndLeagues(tx: Tx, file: EventExport, ids: Omit<ImportedIds, "versions">): Promise<void> {
  const crew = (id: number) => lookup(ids.crews, id);
  const calls = file.podiumCalls.map((call) => ({
    userId: call.playerId,
    stageId: lookup(ids.stages, call.stage),
    p1CrewId: crew(call.p1CrewId),
    p2CrewId: crew(call.p2CrewId),
    p3CrewId: crew(call.p3CrewId),
    featuredBestCrewId: call.featuredBestCrewId === null ? null : crew(call.featuredBestCrewId),
    createdAt: date(call.createdAt),
    updatedAt: date(call.updatedAt),
  }));
  await inChunks(calls, (data) => tx.podiumCall.createMany({ data }));
  const leagueIds = await allocateIds(tx, "league", file.leagues.length);
  await tx.league.createMany({
    data: file.leagues.map((league, i) => ({
      id: leagueIds[i]!,
      eventId: ids.eventId,
      ownerId: league.ownerId,
      name: league.name,
      inviteCode: league.inviteCode,
      createdAt: date(league.createdAt),
    })),
  });
  const members = file.leagues.flatMap((league, i) =>
    league.members.map((member) => ({ leagueId: leagueIds[i]!, userId: member.playerId, joinedAt: date(member.joinedAt) })),
  );
  await inChunks(members, (data) => tx.leagueMember.createMany({ data }));
}

/**
 * Writes the file's event, field, results, new players, rosters, calls and leagues. Locked rosters,
 * stage scores and standings are not copied: rescoring recomputes them, and the import compares.
 */
export async function insertEventRows(tx: Tx, file: EventExport, seasonId: number, existingPlayers: ReadonlySet<string>) {
  const field = await insertField(tx, file, seasonId);
  const newPlayers = await insertPlayers(tx, file, existingPlayers);
  const versions = await insertRosters(tx, file, field);
  await insertCallsAndLeagues(tx, file, field);
  return { ids: { ...field, versions } satisfies ImportedIds, newPlayers };
}
