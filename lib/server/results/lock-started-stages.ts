import "server-only";
import type { Db, Tx } from "@/lib/server/db";
import { lockStageRosters } from "./lock-stage-rosters";
import { toPgArray } from "./pg-array";
import { loadRescoreContext, type RescoreContext, type RescoreStage } from "./rescore-context";
import { applyRescoreSettings, lockEventScoring, RESULTS_TRANSACTION_OPTIONS, waitForRosterSaves } from "./results-locks";
import { addCounts, NO_WRITES, type WriteCounts } from "./write-counts";
import { writeStageStats } from "./write-stage-stats";

/** Locks the rosters of `stages` (started ones, in running order), each from the one before it. */
export async function lockRosters(tx: Tx, context: RescoreContext, stages: readonly RescoreStage[]): Promise<WriteCounts> {
  let counts = NO_WRITES;
  for (const stage of stages) {
    const previous = context.started[context.started.indexOf(stage) - 1];
    counts = addCounts(counts, await lockStageRosters(tx, context, stage, previous));
  }
  return counts;
}

/**
 * The started stages whose locked rosters are missing or predate the stored transfer accounting,
 * and every started stage after the first of them (each carries its bank on to the next). A stage
 * without rows is locked only when some roster has a version saved before its start.
 */
export async function findStagesToLock(tx: Tx, context: RescoreContext): Promise<RescoreStage[]> {
  const rows = await tx.$queryRaw<{ id: number; isLocked: boolean }[]>`
    SELECT s.id, coalesce(
      (SELECT sr.bank_after IS NOT NULL FROM stage_roster sr WHERE sr.stage_id = s.id ORDER BY sr.user_id LIMIT 1),
      NOT EXISTS (SELECT 1 FROM roster r JOIN roster_version v ON v.roster_id = r.id WHERE r.event_id = ${context.eventId} AND v.saved_at < s.starts_at)
    ) AS "isLocked"
    FROM stage s WHERE s.id = ANY(${toPgArray(context.started.map((stage) => stage.id))}::int[])`;
  const locked = new Map(rows.map((row) => [row.id, row.isLocked]));
  const first = context.started.findIndex((stage) => !locked.get(stage.id));
  return first === -1 ? [] : context.started.slice(first);
}

/**
 * Started stages (by the database clock, not cancelled) without current stats: none stored, or
 * stored for a start that has since moved; of one event, or of every event. One indexed read; empty
 * almost always.
 */
async function listStagesWithoutStats(db: Db | Tx, eventId: number | null): Promise<{ id: number; eventId: number }[]> {
  return db.$queryRaw<{ id: number; eventId: number }[]>`
    SELECT s.id, s.event_id AS "eventId" FROM stage s LEFT JOIN stage_stat t ON t.stage_id = s.id
    WHERE (${eventId}::int IS NULL OR s.event_id = ${eventId}::int) AND s.status <> 'CANCELLED' AND s.starts_at <= clock_timestamp()
      AND (t.stage_id IS NULL OR t.locked_at <> s.starts_at)`;
}

/** The event's started stages without current stats (see listStagesWithoutStats). */
export async function findStagesWithoutStats(db: Db | Tx, eventId: number): Promise<number[]> {
  return (await listStagesWithoutStats(db, eventId)).map((stage) => stage.id);
}

/**
 * Locks the rosters of the event's stages that have started since the last rescore and stores
 * their stats, so a stage's stats exist from its lock, not from its first publish. Rosters
 * are locked exactly as rescoring would (the same rows: the next rescore finds them written);
 * nothing is scored. It runs in the queue's workers (QUEUES.stageStats), never in a page: at
 * 100,000 players it takes seconds under the event's scoring lock, and the readers who open a stage
 * the moment it starts would all wait on it. A stats page that finds the stats missing asks for it
 * (requestStageStats), and a sweep every minute catches the rest.
 */
export async function lockStartedStages(db: Db, eventId: number): Promise<void> {
  if ((await findStagesWithoutStats(db, eventId)).length === 0) return;
  await db.$transaction(async (tx) => {
    await lockEventScoring(tx, eventId);
    await applyRescoreSettings(tx);
    const context = await loadRescoreContext(tx, eventId);
    await waitForRosterSaves(tx, eventId);
    // Another worker may have done it while this one waited for the lock.
    const missing = new Set(await findStagesWithoutStats(tx, eventId));
    if (missing.size === 0) return;
    const toLock = await findStagesToLock(tx, context);
    await lockRosters(tx, context, toLock);
    await writeStageStats(
      tx,
      context,
      context.started.filter((stage) => missing.has(stage.id) || toLock.includes(stage)),
    );
  }, RESULTS_TRANSACTION_OPTIONS);
}

/** The minute's sweep: every event with a started stage whose stats are missing or stale. */
export async function lockEveryStartedStage(db: Db): Promise<number> {
  const events = new Set((await listStagesWithoutStats(db, null)).map((stage) => stage.eventId));
  for (const eventId of events) await lockStartedStages(db, eventId);
  return events.size;
}
