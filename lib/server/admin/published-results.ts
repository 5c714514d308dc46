import "server-only";
import type { ResultsStatus } from "@/lib/generated/prisma/client";
import type { Tx } from "./audit";

const PUBLISHED: ResultsStatus[] = ["PROVISIONAL", "OFFICIAL"];

/** Published results are scored and on the leaderboards; DRAFT ones are not. */
export function isPublished(status: ResultsStatus | null): boolean {
  return status !== null && PUBLISHED.includes(status);
}

/** Whether any stage of the event, or its final classification, has been scored. */
export async function hasPublishedResults(tx: Tx, eventId: number): Promise<boolean> {
  const stages = await tx.stage.count({ where: { eventId, resultsStatus: { in: PUBLISHED } } });
  if (stages > 0) return true;
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { finalStatus: true } });
  return isPublished(event?.finalStatus ?? null);
}

/** Published stages of the event numbered above `afterNumber` (their scores depend on a retirement). */
export function countPublishedStagesAfter(tx: Tx, eventId: number, afterNumber: number): Promise<number> {
  return tx.stage.count({ where: { eventId, number: { gt: afterNumber }, resultsStatus: { in: PUBLISHED } } });
}
