import "server-only";
import type { Tx } from "@/lib/server/db";
import { notifyStandingsChanged } from "@/lib/server/live/notify-standings";
import { findStagesToLock, lockRosters } from "./lock-started-stages";
import { toPgArray } from "./pg-array";
import { loadRescoreContext, type RescoreContext, type RescoreStage } from "./rescore-context";
import { collectPlayers, listNewPlayers } from "./rescore-players";
import { fingerprintLockInputs, fingerprintLocks, readLocksFingerprint } from "./locks-fingerprint";
import { applyRescoreSettings, lockEventScoring, waitForRosterSaves } from "./results-locks";
import { areScoresCurrent, recordRescore } from "./scoring-state";
import { scoreNewPlayers, scoreStage } from "./score-stage";
import { addCounts, NO_WRITES, type WriteCounts } from "./write-counts";
import { deleteUnlockedStageStats, writeStageStats } from "./write-stage-stats";
import { writeStandings } from "./write-standings";
import { writeRankCounts, type RankCountScope } from "./write-rank-counts";

export type { WriteCounts } from "./write-counts";

export type RescoreResult = {
  eventId: number;
  players: number;
  publishedStages: number;
  stageRosters: WriteCounts;
  stageScores: WriteCounts;
  standings: WriteCounts;
};

/**
 * What changed, when the caller knows that only results did: one stage's (published, re-published or
 * corrected) or the final classification's. Anything else (a cancelled stage, a moved start, a
 * retirement, rules, an import) rescores everything.
 */
export type ResultsChange = { stageId: number } | { final: true };

/**
 * Everything from the database: rosters of every started stage, every published stage, standings.
 * The rosters are locked again only when their inputs changed since the last full rescore (see
 * fingerprintLockInputs): a change of scoring rules rescores every stage but locks nothing, which at
 * a million players is half the work (bench/README.md).
 */
async function rescoreEverything(tx: Tx, context: RescoreContext) {
  const lockInputs = await fingerprintLockInputs(tx, context);
  const storedLocks = await fingerprintLocks(tx, context, lockInputs);
  const areLocksCurrent = storedLocks === (await readLocksFingerprint(tx, context.eventId));
  const started = context.started.map((stage) => stage.id);
  const stageRosters = addCounts(areLocksCurrent ? NO_WRITES : await lockRosters(tx, context, context.started), {
    written: 0,
    // Stages no longer locked: cancelled, or a start moved later (the fingerprint does not know of
    // a stage the minute's sweep locked since, and that start may have moved back to the future).
    deleted: await tx.$executeRaw`
      DELETE FROM stage_roster sr USING stage s
      WHERE sr.stage_id = s.id AND s.event_id = ${context.eventId} AND s.id <> ALL(${toPgArray(started)}::int[])`,
  });
  let stageScores: WriteCounts = {
    written: 0,
    deleted: await tx.$executeRaw`
      DELETE FROM stage_score ss USING stage s
      WHERE ss.stage_id = s.id AND s.event_id = ${context.eventId} AND s.id <> ALL(${toPgArray(context.published.map((stage) => stage.id))}::int[])`,
  };
  for (const stage of context.published) stageScores = addCounts(stageScores, await scoreStage(tx, context, stage));
  await deleteUnlockedStageStats(tx, context);
  await writeStageStats(tx, context, context.started);
  // Unchanged locks keep their row count (the delete above only touches stages not started): no recount.
  const locksFingerprint = areLocksCurrent ? storedLocks : await fingerprintLocks(tx, context, lockInputs);
  return { stageRosters, stageScores, locksFingerprint };
}

/**
 * Only what a results change touches: rosters of stages locked since the last rescore, the changed
 * stage (its deltas kept for the standings), and the rows of players who joined since on the
 * stages scored before they did.
 */
async function rescoreChange(tx: Tx, context: RescoreContext, changed: RescoreStage | undefined, newPlayers: string[]) {
  const toLock = await findStagesToLock(tx, context);
  const stageRosters = await lockRosters(tx, context, toLock);
  let stageScores = changed ? await scoreStage(tx, context, changed, true) : NO_WRITES;
  if (newPlayers.length > 0) {
    for (const stage of context.published) {
      if (stage !== changed) stageScores = addCounts(stageScores, await scoreNewPlayers(tx, context, stage, newPlayers));
    }
  }
  // Stats of the stages just locked, and of the changed one: its calls' exact counts, crews' points and best roster.
  await writeStageStats(
    tx,
    context,
    context.started.filter((stage) => stage === changed || toLock.includes(stage)),
  );
  return { stageRosters, stageScores };
}

/** Which stages' running totals a rescore may have moved (see writeRankCounts). */
function rankCountScope(
  context: RescoreContext,
  isPartial: boolean,
  changed: RescoreStage | undefined,
  newPlayers: string[],
): RankCountScope {
  if (!isPartial || newPlayers.length > 0) return "all";
  if (!changed) return "none";
  return changed === context.published.at(-1) ? "last" : "all";
}

/**
 * Recomputes an event's scores and stores them: locked rosters with their transfer accounting
 * (StageRoster), per-stage scores with stage ranks (StageScore) and standings with previous ranks
 * (Standing). Call it inside the transaction of the change that needs it (publishing, a correction,
 * cancelling a stage, a retirement...) so the change and its scores commit together; give that
 * transaction RESULTS_TRANSACTION_OPTIONS. With `change`, only what a results change can touch is
 * recomputed; the rows are the same as a full rescore's.
 *
 * Scoring runs in the database, set-based, on the engine's numbers (lib/game/scoring tabulates each
 * crew's share of a roster's points and scores each distinct call; lib/game/transfers counts
 * transfers), so a stage costs a few statements whatever the number of players.
 *
 * Idempotent: the same data gives the same rows, and rows that do not change are not written. Two
 * rescores of one event never interleave (a per-event transaction-level advisory lock), and the one
 * that waits reads after the other has committed, so the last to commit sees every change.
 */
export async function rescoreEvent(tx: Tx, eventId: number, change?: ResultsChange): Promise<RescoreResult> {
  await lockEventScoring(tx, eventId);
  await applyRescoreSettings(tx);
  const context = await loadRescoreContext(tx, eventId);
  // Saves that read the clock before a stage counted as started above have committed after this.
  await waitForRosterSaves(tx, eventId);
  const changed = change && "stageId" in change ? context.published.find((stage) => stage.id === change.stageId) : undefined;
  // Everything is rescored for a change we cannot place (a stage that is not published, say), and
  // when an admin changed a scoring input since the last full rescore without rescoring (a crew
  // retired or a stage cancelled before any later stage was published): the stored transfer
  // accounting the incremental path builds on may then be stale.
  const isPartial = change !== undefined && ("final" in change || changed !== undefined) && (await areScoresCurrent(tx, eventId));
  const players = await collectPlayers(tx, context, isPartial ? (changed ? [changed.id] : []) : null);
  const newPlayers = isPartial ? await listNewPlayers(tx, eventId) : [];
  const { stageRosters, stageScores, locksFingerprint } = isPartial
    ? { ...(await rescoreChange(tx, context, changed, newPlayers)), locksFingerprint: undefined }
    : await rescoreEverything(tx, context);
  const standings = await writeStandings(tx, context, !isPartial ? "sum" : changed ? "delta" : "final", newPlayers);
  await writeRankCounts(tx, context, rankCountScope(context, isPartial, changed, newPlayers));
  await recordRescore(tx, eventId, { locksFingerprint, haveStandingsChanged: standings.written + standings.deleted > 0 });
  // Every results change ends here (publish, official, correction...): open boards refresh.
  await notifyStandingsChanged(tx, eventId);
  return { eventId, players, publishedStages: context.published.length, stageRosters, stageScores, standings };
}
