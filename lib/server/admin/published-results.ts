import "server-only";
import type { Tx } from "@/lib/server/db";
import { isPublished, PUBLISHED_STATUSES } from "@/lib/game/results-status";

/** Whether any stage of the event, or its final classification, has been scored. */
export async function hasPublishedResults(tx: Tx, eventId: number): Promise<boolean> {
  const stages = await tx.stage.count({ where: { eventId, resultsStatus: { in: [...PUBLISHED_STATUSES] } } });
  if (stages > 0) return true;
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { finalStatus: true } });
  return isPublished(event?.finalStatus ?? null);
}

/** Published stages of the event numbered above `afterNumber` (their scores depend on a retirement). */
export function countPublishedStagesAfter(tx: Tx, eventId: number, afterNumber: number): Promise<number> {
  return tx.stage.count({ where: { eventId, number: { gt: afterNumber }, resultsStatus: { in: [...PUBLISHED_STATUSES] } } });
}
