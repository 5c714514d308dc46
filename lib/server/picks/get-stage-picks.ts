import "server-only";
import type { Db } from "@/lib/server/db";
import { getDatabaseNow } from "@/lib/server/clock";

type RosterPick = { crew_id: number; picks: bigint; captains: bigint };
type ChipCount = { chip: "JOKER" | "WILDCARD" | "SHIELD"; players: number };

/**
 * A stage with everyone's picks, which are public only once the stage has started. The lock test
 * is part of each query (starts_at <= the database clock), so no caller can leak picks early.
 */
export async function getStagePicks(db: Db, eventSlug: string, stageNumber: number) {
  const now = await getDatabaseNow(db);
  const stage = await db.stage.findFirst({
    where: { number: stageNumber, event: { slug: eventSlug, status: { not: "DRAFT" } } },
    include: { event: { select: { slug: true, name: true, timeZone: true, featuredTeamId: true } } },
  });
  if (!stage) return null;

  const isPublic = stage.status !== "CANCELLED" && stage.startsAt.getTime() <= now.getTime();
  const [calls, rosterPicks, callCount, chipCounts] = await Promise.all([
    db.podiumCall.findMany({
      where: { stageId: stage.id, stage: { startsAt: { lte: now } } },
      orderBy: { createdAt: "asc" },
      take: 200,
      select: {
        user: { select: { id: true, displayName: true, deletedAt: true } },
        p1: { select: { driver: true } },
        p2: { select: { driver: true } },
        p3: { select: { driver: true } },
        featuredBest: { select: { driver: true } },
      },
    }),
    // The roster in force at the start for every entry: the latest version saved before it.
    db.$queryRaw<RosterPick[]>`
      WITH in_force AS (
        SELECT DISTINCT ON (v.roster_id) v.id, v.captain_crew_id
        FROM roster_version v
        JOIN roster r ON r.id = v.roster_id
        JOIN stage s ON s.id = ${stage.id} AND s.starts_at <= ${now}
        WHERE r.event_id = s.event_id AND v.saved_at < s.starts_at
        ORDER BY v.roster_id, v.saved_at DESC
      )
      SELECT c.crew_id, count(*) AS picks, count(*) FILTER (WHERE c.crew_id = f.captain_crew_id) AS captains
      FROM in_force f JOIN roster_version_crew c ON c.version_id = f.id
      GROUP BY c.crew_id`,
    db.podiumCall.count({ where: { stageId: stage.id } }),
    // Chips played on this stage: versions in force at the start that were saved with a chip for it.
    db.$queryRaw<ChipCount[]>`
      WITH in_force AS (
        SELECT DISTINCT ON (v.roster_id) v.chip, v.chip_stage_id
        FROM roster_version v
        JOIN roster r ON r.id = v.roster_id
        JOIN stage s ON s.id = ${stage.id} AND s.starts_at <= ${now} AND s.status <> 'CANCELLED'
        WHERE r.event_id = s.event_id AND v.saved_at < s.starts_at
        ORDER BY v.roster_id, v.saved_at DESC
      )
      SELECT chip::text AS chip, count(*)::int AS players FROM in_force
      WHERE chip IS NOT NULL AND chip_stage_id = ${stage.id}
      GROUP BY chip ORDER BY chip`,
  ]);
  return {
    now,
    stage,
    isPublic,
    callCount,
    calls: isPublic ? calls : [],
    rosterPicks: isPublic
      ? rosterPicks.map((row) => ({ crewId: row.crew_id, picks: Number(row.picks), captains: Number(row.captains) }))
      : [],
    chipCounts: isPublic ? chipCounts : [],
  };
}
