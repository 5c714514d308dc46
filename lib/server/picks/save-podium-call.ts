import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";
import { loadEventForPlay } from "./load-event-rules";

export type SavePodiumCallInput = {
  userId: string;
  eventSlug: string;
  stageNumber: number;
  podium: [number, number, number];
  featuredBestId: number | null;
};

/** Validates a call against the event's field; returns field errors keyed like the form. */
function checkCall(input: SavePodiumCallInput, event: Awaited<ReturnType<typeof loadEventForPlay>>) {
  const errors: Record<string, string[]> = {};
  const byId = new Map(event.crews.map((crew) => [Number(crew.id), crew]));
  input.podium.forEach((crewId, index) => {
    const field = `p${index + 1}`;
    const crew = byId.get(crewId);
    if (!crew) errors[field] = [msg("play.action.pickFromField")];
    else if (crew.isRetired) errors[field] = [msg("play.action.crewRetired")];
    else if (input.podium.indexOf(crewId) !== index) errors[field] = [msg("play.action.pickDifferent")];
  });
  if (input.featuredBestId !== null) {
    const crew = byId.get(input.featuredBestId);
    if (!crew || crew.teamId !== String(event.featuredTeamId)) errors.featuredBest = [msg("play.action.pickFeatured")];
  }
  return errors;
}

/**
 * Creates or replaces the player's call for a stage. The lock check and the write are one
 * statement against the database clock: after the start, nothing is written.
 */
export async function savePodiumCall(db: Db, input: SavePodiumCallInput) {
  const event = await loadEventForPlay(db, input.eventSlug);
  const stage = await db.stage.findUnique({
    where: { eventId_number: { eventId: event.id, number: input.stageNumber } },
    select: { id: true, status: true },
  });
  if (!stage) throw new AppError("NOT_FOUND", msg("play.action.noSuchStage"), undefined, { event: event.name, number: input.stageNumber });
  if (stage.status === "CANCELLED") throw new AppError("LOCKED", msg("play.action.stageCancelled"));
  const errors = checkCall(input, event);
  if (Object.keys(errors).length > 0) throw new AppError("INVALID", msg("play.action.checkPicks"), errors);

  const [p1, p2, p3] = input.podium;
  const written = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO podium_call (user_id, stage_id, p1_crew_id, p2_crew_id, p3_crew_id, featured_best_crew_id, created_at, updated_at)
    SELECT ${input.userId}::uuid, id, ${p1}, ${p2}, ${p3}, ${input.featuredBestId}, now(), now()
    FROM stage
    WHERE id = ${stage.id} AND status <> 'CANCELLED' AND starts_at > clock_timestamp()
    ON CONFLICT (user_id, stage_id) DO UPDATE SET
      p1_crew_id = EXCLUDED.p1_crew_id, p2_crew_id = EXCLUDED.p2_crew_id, p3_crew_id = EXCLUDED.p3_crew_id,
      featured_best_crew_id = EXCLUDED.featured_best_crew_id, updated_at = EXCLUDED.updated_at
    RETURNING id`;
  if (written.length === 0) throw new AppError("LOCKED", msg("play.action.callLocked"));
  return { id: written[0]!.id };
}
