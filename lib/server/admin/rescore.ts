import "server-only";
import type { Tx } from "@/lib/server/db";
import { msg, type Translate } from "@/lib/i18n/translate";
import { lockEventScoring, RESULTS_TRANSACTION_OPTIONS } from "@/lib/server/results/results-locks";
import { rescoreEvent } from "@/lib/server/results/rescore-event";
import { markScoresStale } from "@/lib/server/results/scoring-state";
import { deleteUnlockedStatsOfEvent } from "@/lib/server/results/write-stage-stats";

/** For admin transactions that may rescore: a rescore of a large event takes time. */
export const SCORING_TRANSACTION_OPTIONS = RESULTS_TRANSACTION_OPTIONS;

/**
 * Queues behind any rescoring of the event until the transaction ends. Take it after locking the
 * edited row and before reading what is published (the lock order results code uses).
 */
export function lockScoring(tx: Tx, eventId: number): Promise<void> {
  return lockEventScoring(tx, eventId);
}

/**
 * After an admin change to a scoring input (rules, featured team, a crew's team or retirement, the
 * stage schedule), written in the same transaction: when published scores depend on it, the event
 * is rescored now (the change and its scores commit together); otherwise the stored scores are
 * only marked stale, so the next publish rescores everything instead of building on them.
 */
export async function rescoreAfterChange(
  tx: Tx,
  eventId: number,
  { isPublishedAffected }: { isPublishedAffected: boolean },
): Promise<void> {
  if (isPublishedAffected) await rescoreEvent(tx, eventId);
  else {
    await markScoresStale(tx, eventId);
    // Stats are public from a stage's lock: a stage no longer locked must not keep them.
    await deleteUnlockedStatsOfEvent(tx, eventId);
  }
}

/** How an admin's success message ends when the change rescored the event, in the reader's language. */
export function rescoredNote(rescored: boolean, t: Translate): string {
  return rescored ? t(msg("admin.action.rescored")) : "";
}
