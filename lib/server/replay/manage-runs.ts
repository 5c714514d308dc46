import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";
import { loadReplayEvent } from "./load-replay-event";

/**
 * Starts a run of a finished event, or hands back the player's active one: a player has one active
 * run per event (a unique key), and a second click or tab resumes it rather than replacing it.
 */
export async function startReplayRun(db: Db, input: { userId: string; eventSlug: string }): Promise<{ runId: number; isNew: boolean }> {
  const { event } = await loadReplayEvent(db, input.eventSlug);
  const [created] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO replay_run (user_id, event_id, updated_at) VALUES (${input.userId}::uuid, ${event.id}, now())
    ON CONFLICT (user_id, event_id, active_slot) DO NOTHING
    RETURNING id`;
  if (created) return { runId: created.id, isNew: true };
  const active = await db.replayRun.findFirst({
    where: { userId: input.userId, eventId: event.id, status: "ACTIVE" },
    select: { id: true },
  });
  if (!active) throw new AppError("CONFLICT", msg("errors.action.conflict"));
  return { runId: active.id, isNew: false };
}

/**
 * Abandons the player's active run: it is kept (with its revealed stages) but leaves the board and the
 * event page, and a new run may start. A run that a reveal has just finished stays finished.
 */
export async function abandonReplayRun(db: Db, input: { userId: string; runId: number }): Promise<{ eventSlug: string }> {
  const [row] = await db.$queryRaw<{ slug: string }[]>`
    UPDATE replay_run r SET status = 'ABANDONED', active_slot = NULL, updated_at = now()
    FROM event e
    WHERE r.id = ${input.runId} AND r.user_id = ${input.userId}::uuid AND r.status = 'ACTIVE' AND e.id = r.event_id
    RETURNING e.slug`;
  if (!row) throw new AppError("LOCKED", msg("replay.action.runClosed"));
  return { eventSlug: row.slug };
}
