import "server-only";
import type { FinishStatus, ResultsStatus, StageStatus } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { listRetiredBefore } from "@/lib/game/locked-rosters";
import { resolveRules, ruleOverridesSchema } from "@/lib/game/rules";
import { countTransferHistory } from "@/lib/game/transfers";
import type { PlayerInput, Prediction, ResultRow, RosterEntry, ScoringInput } from "@/lib/game/scoring";
import { toPgArray } from "./pg-array";
import { isPublished, type Tx } from "./results-locks";

type StageRow = { id: number; number: number; startsAt: Date; status: StageStatus; resultsStatus: ResultsStatus | null; hasStarted: boolean };
type RosterRow = { userId: string; joinedAt: Date };
type VersionRow = { userId: string; versionId: number; captainCrewId: number; stageIds: number[]; crewIds: number[] };
type CallRow = { userId: string; firstCallAt: Date; stageIds: number[]; p1: number[]; p2: number[]; p3: number[]; featured: (number | null)[] };

/** One started stage's StageRoster rows as parallel columns, players in user id order. */
export type LockedRosterColumns = { startsAt: Date; userIds: string[]; versionIds: number[]; transfers: number[] };

export type EventScoringData = {
  /** The scoring contract's input; stage keys are stage ids, player ids are user ids. */
  input: ScoringInput;
  /** Published, uncancelled stages in running order. */
  publishedStageIds: number[];
  /** Started, uncancelled stages: the ones with a locked roster. */
  startedStageIds: number[];
  /** Locked rosters by started stage id. */
  lockedRosters: Map<number, LockedRosterColumns>;
};

const key = (id: number) => String(id);

/**
 * The versions in force at started stages, each once with the stages it counts for and its crews.
 * A version is in force at a stage when it is the player's last one saved before the start: saved
 * before it, and the player's next version (if any) saved at or after it. Compared in SQL, where
 * saved_at keeps its microseconds.
 */
function listVersionsInForce(tx: Tx, eventId: number, started: readonly { id: number; startsAt: Date }[]) {
  const ids = toPgArray(started.map((stage) => stage.id));
  const starts = toPgArray(started.map((stage) => stage.startsAt.toISOString()));
  return tx.$queryRaw<VersionRow[]>`
    WITH versions AS (
      SELECT r.user_id, v.id, v.captain_crew_id, v.saved_at,
             lead(v.saved_at) OVER (PARTITION BY v.roster_id ORDER BY v.saved_at, v.id) AS next_saved_at
      FROM roster r JOIN roster_version v ON v.roster_id = r.id
      WHERE r.event_id = ${eventId}
    )
    SELECT ver.user_id::text AS "userId", ver.id AS "versionId", ver.captain_crew_id AS "captainCrewId", st.stage_ids AS "stageIds",
           ARRAY(SELECT c.crew_id FROM roster_version_crew c WHERE c.version_id = ver.id ORDER BY c.crew_id) AS "crewIds"
    FROM versions ver
    CROSS JOIN LATERAL (
      SELECT array_agg(s.id) AS stage_ids FROM unnest(${ids}::int[], ${starts}::timestamptz[]) AS s(id, starts_at)
      WHERE ver.saved_at < s.starts_at AND (ver.next_saved_at IS NULL OR ver.next_saved_at >= s.starts_at)
    ) st
    WHERE st.stage_ids IS NOT NULL`;
}

/** Every player's calls on published stages, one row per player. */
function listCalls(tx: Tx, stageIds: number[]) {
  return tx.$queryRaw<CallRow[]>`
    SELECT user_id::text AS "userId", min(created_at) AS "firstCallAt",
           array_agg(stage_id ORDER BY stage_id) AS "stageIds",
           array_agg(p1_crew_id ORDER BY stage_id) AS p1, array_agg(p2_crew_id ORDER BY stage_id) AS p2,
           array_agg(p3_crew_id ORDER BY stage_id) AS p3, array_agg(featured_best_crew_id ORDER BY stage_id) AS featured
    FROM podium_call WHERE stage_id = ANY(${toPgArray(stageIds)}::int[])
    GROUP BY user_id`;
}

type PlayerDraft = { joinedAt: Date; rosters: RosterEntry[]; predictions: Prediction[]; locked: { number: number; stageId: number; versionId: number; crews: string[] }[] };

/**
 * Reads an event in a handful of set-wide queries and builds the engine's input: published stages'
 * results, each player's locked roster per started uncancelled stage (the version saved last before
 * its start), calls, retirements, the published final classification and the event's rules.
 * Players are everyone with a roster, plus anyone with a call on a published stage.
 */
export async function loadScoringData(tx: Tx, eventId: number): Promise<EventScoringData> {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { rules: true, featuredTeamId: true, finalStatus: true } });
  if (!event) throw new AppError("NOT_FOUND", "That event no longer exists.");
  const overrides = ruleOverridesSchema.safeParse(event.rules);
  // Stored rules are validated on every admin write; a bad row here is a bug, not user input.
  if (!overrides.success) throw new Error(`event ${eventId} has invalid rules: ${overrides.error.message}`);

  const stages = await tx.$queryRaw<StageRow[]>`
    SELECT id, number, starts_at AS "startsAt", status::text AS status, results_status::text AS "resultsStatus",
           starts_at <= clock_timestamp() AS "hasStarted"
    FROM stage WHERE event_id = ${eventId} ORDER BY number`;
  const live = stages.filter((stage) => stage.status !== "CANCELLED");
  const published = live.filter((stage) => isPublished(stage.resultsStatus));
  const started = live.filter((stage) => stage.hasStarted);
  const stageNumber = new Map(stages.map((stage) => [stage.id, stage.number]));

  const crews = await tx.crew.findMany({ where: { eventId }, select: { id: true, teamId: true, retiredAfterStageId: true }, orderBy: { id: "asc" } });
  const results = published.length === 0 ? [] : await tx.stageResult.findMany({
    where: { stageId: { in: published.map((stage) => stage.id) } },
    select: { stageId: true, crewId: true, status: true, position: true },
  });
  const finals = isPublished(event.finalStatus) ? await tx.finalResult.findMany({ where: { eventId }, select: { crewId: true, status: true, position: true } }) : null;
  const rosters = await tx.$queryRaw<RosterRow[]>`SELECT user_id::text AS "userId", joined_at AS "joinedAt" FROM roster WHERE event_id = ${eventId}`;
  const versions = started.length === 0 ? [] : await listVersionsInForce(tx, eventId, started);
  const calls = published.length === 0 ? [] : await listCalls(tx, published.map((stage) => stage.id));

  const players = new Map<string, PlayerDraft>(rosters.map((row) => [row.userId, { joinedAt: row.joinedAt, rosters: [], predictions: [], locked: [] }]));
  for (const row of versions) {
    const player = players.get(row.userId)!;
    // Entries of one version share its crew list: at 100k players that is most of the memory saved.
    const crewIds = row.crewIds.map(key);
    const captain = key(row.captainCrewId);
    for (const stageId of row.stageIds) {
      player.rosters.push({ stage: key(stageId), crews: crewIds, captain });
      player.locked.push({ number: stageNumber.get(stageId)!, stageId, versionId: row.versionId, crews: crewIds });
    }
  }
  for (const row of calls) {
    // A player who only calls podiums joins with their first call.
    const player = players.get(row.userId) ?? { joinedAt: row.firstCallAt, rosters: [], predictions: [], locked: [] };
    players.set(row.userId, player);
    row.stageIds.forEach((stageId, i) => {
      const featured = row.featured[i] ?? null;
      player.predictions.push({ stage: key(stageId), podium: [key(row.p1[i]!), key(row.p2[i]!), key(row.p3[i]!)], featuredBest: featured === null ? null : key(featured) });
    });
  }

  const retired = crews.flatMap((crew) => {
    const number = crew.retiredAfterStageId === null ? undefined : stageNumber.get(crew.retiredAfterStageId);
    return number === undefined ? [] : [{ crewId: key(crew.id), retiredAfterStageNumber: number }];
  });
  const retiredBefore = new Map(started.map((stage) => [stage.number, listRetiredBefore(retired, stage.number)]));
  const rules = resolveRules(overrides.data);
  const lockedRosters = new Map<number, LockedRosterColumns>(started.map((stage) => [stage.id, { startsAt: stage.startsAt, userIds: [], versionIds: [], transfers: [] }]));
  const playerInputs: PlayerInput[] = [];
  // Code-unit order of lowercase uuids is PostgreSQL's uuid order: stored rows fingerprint alike.
  for (const userId of [...players.keys()].sort()) {
    const player = players.get(userId)!;
    player.locked.sort((a, b) => a.number - b.number);
    // The same accounting the engine does for these entries, kept for the StageRoster rows.
    const steps = countTransferHistory(player.locked.map((entry) => ({ crews: entry.crews, retired: retiredBefore.get(entry.number) ?? [] })), rules);
    player.locked.forEach((entry, i) => {
      const columns = lockedRosters.get(entry.stageId)!;
      columns.userIds.push(userId);
      columns.versionIds.push(entry.versionId);
      columns.transfers.push(steps[i]!.transfers);
    });
    playerInputs.push({ id: userId, joinedAt: player.joinedAt.toISOString(), rosters: player.rosters, predictions: player.predictions });
  }

  const toRow = (row: { crewId: number; status: FinishStatus; position: number | null }): ResultRow => ({ crew: key(row.crewId), status: row.status, position: row.position });
  const resultsByStage = new Map<number, ResultRow[]>();
  for (const row of results) {
    const list = resultsByStage.get(row.stageId) ?? [];
    list.push(toRow(row));
    resultsByStage.set(row.stageId, list);
  }
  const input: ScoringInput = {
    rules: overrides.data,
    featuredTeam: event.featuredTeamId === null ? null : key(event.featuredTeamId),
    crews: crews.map((crew) => ({ id: key(crew.id), team: key(crew.teamId), retiredAfter: crew.retiredAfterStageId === null ? null : key(crew.retiredAfterStageId) })),
    stages: stages.map((stage) => ({
      id: key(stage.id),
      results: stage.status !== "CANCELLED" && isPublished(stage.resultsStatus) ? (resultsByStage.get(stage.id) ?? []) : null,
    })),
    final: finals && finals.map(toRow),
    players: playerInputs,
  };
  return { input, publishedStageIds: published.map((stage) => stage.id), startedStageIds: started.map((stage) => stage.id), lockedRosters };
}
