import "server-only";
import type { Db } from "@/lib/server/db";
import { QUEUES } from "@/lib/server/jobs/boss";
import { queueTask } from "@/lib/server/notifications/queue";
import { findStagesWithoutStats } from "@/lib/server/results/lock-started-stages";

/** A page asks again for the same event at most this often (per instance): a rush of readers queues one job. */
const REQUEST_INTERVAL_MS = 10_000;
const lastRequestAt = new Map<number, number>();

/**
 * Called by a stats page that found a started stage's stats missing: queues the job that locks the
 * event's started stages and stores their stats (a worker picks it up within seconds), and says
 * whether they are still to come. Never computes them itself: see lockStartedStages.
 */
export async function requestStageStats(db: Db, eventId: number): Promise<{ isPending: boolean }> {
  if ((await findStagesWithoutStats(db, eventId)).length === 0) return { isPending: false };
  const now = Date.now();
  if (now - (lastRequestAt.get(eventId) ?? 0) >= REQUEST_INTERVAL_MS) {
    lastRequestAt.set(eventId, now);
    await queueTask(db, QUEUES.stageStats, { eventId });
  }
  return { isPending: true };
}
