import "server-only";
import type { Tx } from "@/lib/server/db";

// The event's ScoringState row (see prisma/schema.prisma). Callers hold the event's scoring lock.

/** Whether the stored scores match every scoring input but the results (the incremental path's premise). */
export async function areScoresCurrent(tx: Tx, eventId: number): Promise<boolean> {
  const state = await tx.scoringState.findUnique({ where: { eventId }, select: { isCurrent: true } });
  return state?.isCurrent ?? false;
}

/**
 * After a rescore: a full one (which gives the fingerprint of its locks' inputs) leaves the stored
 * scores current; one that changed the standings moves the boards' "last updated" to now.
 */
export async function recordRescore(
  tx: Tx,
  eventId: number,
  { locksFingerprint, haveStandingsChanged }: { locksFingerprint: string | undefined; haveStandingsChanged: boolean },
): Promise<void> {
  const isFull = locksFingerprint !== undefined;
  if (!isFull && !haveStandingsChanged) return;
  const changes = {
    ...(isFull ? { isCurrent: true, locksFingerprint } : {}),
    ...(haveStandingsChanged ? { standingsChangedAt: new Date() } : {}),
  };
  await tx.scoringState.upsert({ where: { eventId }, create: { eventId, ...changes }, update: changes });
}

/** After a change to a scoring input without a rescore: the next rescore must be a full one. */
export async function markScoresStale(tx: Tx, eventId: number): Promise<void> {
  await tx.scoringState.updateMany({ where: { eventId }, data: { isCurrent: false } });
}

/** When the event's standings last changed, or null before its first scoring. */
export async function readStandingsChangedAt(db: Pick<Tx, "scoringState">, eventId: number): Promise<Date | null> {
  const state = await db.scoringState.findUnique({ where: { eventId }, select: { standingsChangedAt: true } });
  return state?.standingsChangedAt ?? null;
}
