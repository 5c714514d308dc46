import "server-only";
import type { Chip } from "@/lib/game/rules";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";

export type PlayedChip = { chip: Chip; stageId: number; stageNumber: number };

/**
 * The chips a player has used in an event: a version saved with a chip for a stage that has started
 * (not cancelled) and was still the player's latest version at that start. A chip whose version was
 * replaced before the start, or whose stage was cancelled, is not used: the player has it back.
 */
export async function listPlayedChips(
  db: Pick<Db, "$queryRaw">,
  userId: string,
  eventId: number | { slug: string },
): Promise<PlayedChip[]> {
  // By slug, a page reads the chips alongside the event instead of after it.
  const ofEvent =
    typeof eventId === "number"
      ? Prisma.sql`r.event_id = ${eventId}`
      : Prisma.sql`r.event_id = (SELECT id FROM event WHERE slug = ${eventId.slug})`;
  return db.$queryRaw<PlayedChip[]>`
    SELECT v.chip::text AS chip, s.id AS "stageId", s.number AS "stageNumber"
    FROM roster r
    JOIN roster_version v ON v.roster_id = r.id
    JOIN stage s ON s.id = v.chip_stage_id
    WHERE r.user_id = ${userId}::uuid AND ${ofEvent} AND v.chip IS NOT NULL
      AND s.status <> 'CANCELLED' AND s.starts_at <= clock_timestamp()
      AND NOT EXISTS (
        SELECT 1 FROM roster_version w WHERE w.roster_id = r.id AND w.saved_at > v.saved_at AND w.saved_at < s.starts_at
      )
    ORDER BY s.starts_at`;
}
