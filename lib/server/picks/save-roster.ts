import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { checkRoster } from "@/lib/game/roster";
import { loadEventForPlay } from "./load-event-rules";
import { enterRosterSave } from "@/lib/server/results/results-locks";

export type SaveRosterInput = { userId: string; eventSlug: string; crewIds: number[]; captainId: number };

type Inserted = { id: number; saved_at: Date; stage_number: number };

/**
 * Appends a roster version. It counts from the first stage that has not started when the row is
 * written: the database clock decides, in the same statement as the write, so a save racing a lock
 * lands either wholly before it or applies from the next stage, never in between.
 */
export async function saveRoster(db: Db, input: SaveRosterInput) {
  const event = await loadEventForPlay(db, input.eventSlug);
  const current = await db.roster.findUnique({
    where: { userId_eventId: { userId: input.userId, eventId: event.id } },
    select: { versions: { orderBy: { savedAt: "desc" }, take: 1, select: { crews: { select: { crewId: true } } } } },
  });
  const keptCrewIds = current?.versions[0]?.crews.map((crew) => String(crew.crewId)) ?? [];
  const featuredTeamId = event.featuredTeamId === null ? null : String(event.featuredTeamId);
  const check = checkRoster(
    { crewIds: input.crewIds.map(String), captainId: String(input.captainId) },
    event.crews,
    event.rules,
    featuredTeamId,
    keptCrewIds,
  );
  if (check.problems.length > 0) {
    throw new AppError("INVALID", check.problems.map((problem) => problem.message).join(" "), {
      crewIds: check.problems.filter((problem) => problem.code !== "CAPTAIN").map((problem) => problem.message),
      captainId: check.problems.filter((problem) => problem.code === "CAPTAIN").map((problem) => problem.message),
    });
  }

  return db.$transaction(async (tx) => {
    await enterRosterSave(tx, event.id);
    // One statement, so two tabs saving a first roster at once both land (Prisma's upsert reads,
    // then inserts, and the second insert broke the unique key). The no-op update locks the row:
    // one player's saves take turns until their transactions end.
    const [roster] = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO roster (user_id, event_id, updated_at) VALUES (${input.userId}::uuid, ${event.id}, now())
      ON CONFLICT (user_id, event_id) DO UPDATE SET user_id = EXCLUDED.user_id
      RETURNING id`;
    if (!roster) throw new Error("the roster upsert returned no row");
    // One clock reading decides both which stage is next and the version's saved_at.
    const [inserted] = await tx.$queryRaw<Inserted[]>`
      WITH clock AS (SELECT clock_timestamp() AS now),
      next_stage AS (
        SELECT number FROM stage, clock
        WHERE event_id = ${event.id} AND status <> 'CANCELLED' AND starts_at > clock.now
        ORDER BY starts_at LIMIT 1
      )
      INSERT INTO roster_version (roster_id, captain_crew_id, saved_at)
      SELECT ${roster.id}, ${input.captainId}, clock.now FROM next_stage, clock
      RETURNING id, saved_at, (SELECT number FROM next_stage) AS stage_number`;
    if (!inserted) throw new AppError("LOCKED", "Every stage of this event has started: rosters are closed.");
    await tx.rosterVersionCrew.createMany({ data: input.crewIds.map((crewId) => ({ versionId: inserted.id, crewId })) });
    return { versionId: inserted.id, savedAt: inserted.saved_at, appliesFromStage: inserted.stage_number, cost: check.cost };
  });
}
