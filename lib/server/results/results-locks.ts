import "server-only";
import { Prisma, type ResultsStatus, type StageStatus } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { AppError, conflictError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";

/**
 * For every transaction that rescores: long enough for a large event's rescore, plus waiting for
 * another admin's rescore of the same event to finish (they queue on the event's scoring lock).
 */
export const RESULTS_TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30 * 60_000 } as const;

/**
 * Serialises scoring per event until the transaction ends. Lock order everywhere: the edited row
 * first (FOR NO KEY UPDATE), then this lock. Rescoring inserts rows whose foreign keys take KEY SHARE
 * locks on stage and event rows; FOR NO KEY UPDATE lets them through, FOR UPDATE would deadlock.
 * Reads must come after it: under READ COMMITTED each statement then sees the previous holder's commit.
 */
export async function lockEventScoring(tx: Tx, eventId: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('dune-draft:score-event'), ${eventId}::int)`;
}

/**
 * Transaction-local planner settings for every transaction that locks or scores rosters. Big hashes
 * and sorts stay in memory; JIT compiles nothing worth its time here. And no nested loops: rows the
 * transaction writes (a stage's rosters, locked just before they score) are not in the planner's
 * statistics, so the new stage looks empty and a nested loop over its 100,000 rows costs seconds
 * where a hash join costs a fraction of one.
 */
export async function applyRescoreSettings(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true), set_config('enable_nestloop', 'off', true)`;
}

/**
 * A roster save holds this (shared, until its transaction ends) before it reads the clock. A save
 * may insert its version just before a stage's start and commit just after it, and a rescore
 * locking that stage in between would not see it: an incremental rescore would then carry the old
 * roster on for good. See waitForRosterSaves.
 */
export async function enterRosterSave(tx: Tx, eventId: number): Promise<void> {
  await tx.$executeRaw`${rosterSaveLock(eventId)}`;
}

/** enterRosterSave as a query, for a save written in one statement (a CTE the clock reading selects from). */
export function rosterSaveLock(eventId: number): Prisma.Sql {
  return Prisma.sql`SELECT pg_advisory_xact_lock_shared(hashtext('dune-draft:roster-saves'), ${eventId}::int) AS entered`;
}

/**
 * Waits until every roster save of the event in flight has ended. Rescoring calls it once it knows
 * which stages have started: a save that began later read the clock after those starts, so its
 * version belongs to a later stage. Taken and released in one statement, so nothing stays held;
 * saves queue behind it for that instant only. No deadlock: a save never waits on a lock rescoring
 * holds (rescoring locks rows FOR NO KEY UPDATE, which lets the saves' foreign-key checks through).
 */
export async function waitForRosterSaves(tx: Tx, eventId: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_lock(hashtext('dune-draft:roster-saves'), ${eventId}::int),
                              pg_advisory_unlock(hashtext('dune-draft:roster-saves'), ${eventId}::int)`;
}

export type LockedStage = {
  id: number;
  eventId: number;
  number: number;
  startsAt: Date;
  status: StageStatus;
  resultsStatus: ResultsStatus | null;
  version: number;
  /** Whether the stage has started by the database clock. */
  hasStarted: boolean;
  /** The database clock when the row was locked. */
  now: Date;
};

/** Locks a stage row for a results change; with `expectedVersion`, refuses a stale form. */
export async function lockStage(tx: Tx, stageId: number, expectedVersion?: number): Promise<LockedStage> {
  const [stage] = await tx.$queryRaw<LockedStage[]>`
    SELECT id, event_id AS "eventId", number, starts_at AS "startsAt", status::text AS status,
           results_status::text AS "resultsStatus", version,
           starts_at <= clock_timestamp() AS "hasStarted", clock_timestamp() AS now
    FROM stage WHERE id = ${stageId} FOR NO KEY UPDATE`;
  if (!stage) throw new AppError("NOT_FOUND", msg("admin.errors.gone"), undefined, { thing: "stage" });
  if (expectedVersion !== undefined && stage.version !== expectedVersion) throw conflictError("stage");
  return stage;
}

export type LockedEvent = {
  id: number;
  finalStatus: ResultsStatus | null;
  version: number;
  /** Whether every stage that is not cancelled has started by the database clock. */
  hasLastStageStarted: boolean;
  now: Date;
};

/** Locks an event row for a final classification change; with `expectedVersion`, refuses a stale form. */
export async function lockEvent(tx: Tx, eventId: number, expectedVersion?: number): Promise<LockedEvent> {
  const [event] = await tx.$queryRaw<LockedEvent[]>`
    SELECT e.id, e.final_status::text AS "finalStatus", e.version, clock_timestamp() AS now,
           NOT EXISTS (SELECT 1 FROM stage s WHERE s.event_id = e.id AND s.status <> 'CANCELLED' AND s.starts_at > clock_timestamp()) AS "hasLastStageStarted"
    FROM event e WHERE e.id = ${eventId} FOR NO KEY UPDATE OF e`;
  if (!event) throw new AppError("NOT_FOUND", msg("admin.errors.gone"), undefined, { thing: "event" });
  if (expectedVersion !== undefined && event.version !== expectedVersion) throw conflictError("event");
  return event;
}
