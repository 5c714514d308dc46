import "server-only";
import type { Db } from "@/lib/server/db";

/** A player's finished runs, newest first, for their public page. */
export async function listFinishedRuns(db: Db, userId: string) {
  return db.replayRun.findMany({
    where: { userId, status: "FINISHED" },
    orderBy: { finishedAt: "desc" },
    select: { id: true, total: true, exact: true, finishedAt: true, event: { select: { slug: true, name: true } } },
  });
}

/** The viewer's active run of an event (the event page's "Resume your replay"), or null. */
export async function findActiveRun(db: Db, userId: string, eventId: number) {
  return db.replayRun.findFirst({
    where: { userId, eventId, status: "ACTIVE" },
    select: { id: true, lastRevealedNumber: true, total: true },
  });
}
