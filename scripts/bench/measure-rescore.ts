import type pg from "pg";
import type { Db } from "@/lib/server/db";
import { toIsoDate } from "@/lib/format/date-time";
import { updateEvent } from "@/lib/server/admin/save-event";
import { correctStageResults, publishStageResults } from "@/lib/server/results/stage-results";
import { rescoreEvent, type RescoreResult } from "@/lib/server/results/rescore-event";
import { RESULTS_TRANSACTION_OPTIONS } from "@/lib/server/results/results-locks";
import type { BenchEvent } from "./synthetic-players";

export type RescoreFigures = {
  /**
   * Publishing the last stage's results as in a live event: nothing rescored since the stage
   * started, so the publish transaction locks the stage's rosters, then scores it. The budget's figure.
   */
  rescoreStageMs: number;
  /** The same publish when the stage's rosters were locked already (a rescore ran since its start). */
  rescoreStagePrelockedMs: number;
  /** A correction of a mid-event stage (two finishers swapped), rescoring in its transaction. */
  rescoreCorrectionMs: number;
  /** An admin's rules change (captain ×3) that rescores every stage and the final: every score and standing rewritten. */
  rescoreEventMs: number;
  /** Every stage and the final rescored where every stored row is already right. */
  rescoreEventUnchangedMs: number;
  /** Every stage and the final scored with nothing stored yet (the first scoring, an import). */
  rescoreEventFromEmptyMs: number;
  scoredPlayers: number;
};

const CAPTAIN_MULTIPLIER = 3;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const startedAt = performance.now();
  const value = await work();
  return { ms: performance.now() - startedAt, value };
}

const rescoreInTransaction = (db: Db, eventId: number) => db.$transaction((tx) => rescoreEvent(tx, eventId), RESULTS_TRANSACTION_OPTIONS);

/**
 * Vacuums and analyzes the tables a rescore rewrites, between scenarios (never inside a timing):
 * in a live event autovacuum does this in the hours between one admin action and the next.
 */
async function settle(client: pg.Client): Promise<void> {
  await client.query(`VACUUM ANALYZE stage_score, stage_roster, standing, "user"`);
}

async function createAdmin(client: pg.Client): Promise<string> {
  const {
    rows: [row],
  } = await client.query<{ id: string }>(
    `INSERT INTO "user" (email, name, display_name, role, updated_at)
     VALUES ('bench-admin@bench.invalid', 'Bench admin', 'Bench admin', 'ADMIN', now()) RETURNING id`,
  );
  return row!.id;
}

function describe(result: RescoreResult): string {
  const counts = (name: string, { written, deleted }: { written: number; deleted: number }) => `${name} +${written}/-${deleted}`;
  return `${result.players} players, ${result.publishedStages} stages; ${counts("rosters", result.stageRosters)}, ${counts("scores", result.stageScores)}, ${counts("standings", result.standings)}`;
}

/** The admin's event form, as submitted, with the captain's multiplier changed. */
async function changeCaptainMultiplier(db: Db, eventId: number, actorId: string) {
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
  return updateEvent(db, {
    actorId,
    eventId,
    expectedVersion: event.version,
    seasonId: event.seasonId,
    slug: event.slug,
    name: event.name,
    country: event.country,
    timeZone: event.timeZone,
    startDate: toIsoDate(event.startDate),
    endDate: toIsoDate(event.endDate),
    status: event.status,
    isSample: event.isSample,
    description: event.description,
    featuredTeamId: event.featuredTeamId,
    rules: { captainMultiplier: CAPTAIN_MULTIPLIER },
  });
}

/**
 * The results figures, through the data functions the admin pages call. Every stage of the replay
 * event has started, so every rescore locks every stage's rosters; to publish "the last stage" it
 * is first turned back into a saved draft (and, for the live-event variant, its locked rosters
 * removed, as before its first rescore).
 */
export async function measureRescore(db: Db, client: pg.Client, event: BenchEvent, log: (line: string) => void): Promise<RescoreFigures> {
  const last = event.stages.at(-1)!;
  const middle = event.stages[Math.floor(event.stages.length / 2)]!;
  const actorId = await createAdmin(client);
  const step = async <T>(label: string, work: () => Promise<T>, result: (value: T) => RescoreResult) => {
    const run = await timed(work);
    log(`${label}: ${run.ms.toFixed(0)} ms (${describe(result(run.value))})`);
    await settle(client);
    return run;
  };
  const unpublishLast = async (isUnlocked: boolean) => {
    await client.query("UPDATE stage SET results_status = 'DRAFT', results_published_at = NULL WHERE id = $1", [last.id]);
    await rescoreInTransaction(db, event.id);
    if (isUnlocked) await client.query("DELETE FROM stage_roster WHERE stage_id = $1", [last.id]);
    await settle(client);
  };

  const fromEmpty = await step(
    "first scoring, nothing stored",
    () => rescoreInTransaction(db, event.id),
    (value) => value,
  );
  const unchanged = await step(
    "full rescore, nothing to change",
    () => rescoreInTransaction(db, event.id),
    (value) => value,
  );
  const rules = await timed(() => changeCaptainMultiplier(db, event.id, actorId));
  if (!rules.value.rescored) throw new Error("the rules change did not rescore the event");
  log(`rules change (captain ×${CAPTAIN_MULTIPLIER}), rescoring everything: ${rules.ms.toFixed(0)} ms`);
  await settle(client);
  // updateEvent keeps the rescore's counts to itself: a rescore after it shows what it wrote.
  log(`  a rescore after it finds: ${describe(await rescoreInTransaction(db, event.id))}`);

  await unpublishLast(false);
  const publish = await step(
    "publish the last stage, its rosters locked already",
    () => publishStageResults(db, { actorId, stageId: last.id }),
    (value) => value.rescore,
  );

  const stage = await db.stage.findUniqueOrThrow({ where: { id: middle.id }, select: { version: true, results: true } });
  const finishers = stage.results.filter((row) => row.position !== null).sort((a, b) => a.position! - b.position!);
  if (finishers.length < 2) throw new Error(`stage ${middle.number} has fewer than two placed finishers to swap`);
  const [first, second] = finishers as [(typeof finishers)[number], (typeof finishers)[number]];
  const rows = stage.results.map((row) => ({
    crewId: row.crewId,
    timeSeconds: row.timeSeconds,
    penaltySeconds: row.penaltySeconds,
    status: row.status,
    position: row.crewId === first.crewId ? second.position : row.crewId === second.crewId ? first.position : row.position,
  }));
  const correction = await step(
    `correct stage ${middle.number}`,
    () =>
      correctStageResults(db, {
        actorId,
        stageId: middle.id,
        expectedVersion: stage.version,
        rows,
        reason: "Bench: first two places swapped",
      }),
    (value) => value.rescore,
  );

  await unpublishLast(true);
  const locking = await step(
    "publish the last stage, locking its rosters",
    () => publishStageResults(db, { actorId, stageId: last.id }),
    (value) => value.rescore,
  );

  const round = (run: { ms: number }) => Math.round(run.ms);
  return {
    rescoreStageMs: round(locking),
    rescoreStagePrelockedMs: round(publish),
    rescoreCorrectionMs: round(correction),
    rescoreEventMs: round(rules),
    rescoreEventUnchangedMs: round(unchanged),
    rescoreEventFromEmptyMs: round(fromEmpty),
    scoredPlayers: fromEmpty.value.players,
  };
}
