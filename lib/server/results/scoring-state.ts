import "server-only";
import type { Tx } from "./results-locks";

// The ScoringState marker (see prisma/schema.prisma). Callers hold the event's scoring lock.

/** Whether the stored scores match every scoring input but the results (the incremental path's premise). */
export async function areScoresCurrent(tx: Tx, eventId: number): Promise<boolean> {
  return (await tx.scoringState.count({ where: { eventId } })) > 0;
}

/** After a full rescore: the stored scores match every input. */
export async function markScoresCurrent(tx: Tx, eventId: number): Promise<void> {
  await tx.scoringState.upsert({ where: { eventId }, create: { eventId }, update: {} });
}

/** After a change to a scoring input without a rescore: the next rescore must be a full one. */
export async function markScoresStale(tx: Tx, eventId: number): Promise<void> {
  await tx.scoringState.deleteMany({ where: { eventId } });
}
