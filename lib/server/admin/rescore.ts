import "server-only";
import { lockEventScoring, RESULTS_TRANSACTION_OPTIONS } from "@/lib/server/results/results-locks";
import { rescoreEvent } from "@/lib/server/results/rescore-event";
import type { Tx } from "./audit";

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
 * Recomputes an event's published scores (locked rosters, stage scores, standings) inside the admin
 * change's transaction, after the change is written: the change and its scores commit together.
 */
export async function rescoreAfterChange(tx: Tx, eventId: number): Promise<void> {
  await rescoreEvent(tx, eventId);
}
