import "server-only";
import type { Db } from "@/lib/server/db";

type StatRow = {
  players: number;
  callers: number;
  jokers: number;
  wildcards: number;
  shields: number;
  isScored: boolean;
  bestUserId: string | null;
  bestVersionId: number | null;
  bestPoints: number | null;
  bestPlayers: number | null;
};

type CrewRow = {
  crewId: number;
  picks: number;
  captains: number;
  p1Calls: number;
  p2Calls: number;
  p3Calls: number;
  exactCalls: number | null;
};

/**
 * The stored stats of a locked stage (DESIGN.md "Stats"): players, chips played, each crew's picks,
 * captaincies and podium calls, and the best roster once scored. Null before the lock: the row is
 * read only when the stage has started by the database clock, is not cancelled and was locked for
 * its current start, so no caller can show a stage's picks early, even from a stale row.
 */
export async function getStageStats(db: Db, stage: { id: number; eventId: number }) {
  const [stat] = await db.$queryRaw<StatRow[]>`
    SELECT t.players, t.callers, t.jokers, t.wildcards, t.shields, t.is_scored AS "isScored", t.best_user_id::text AS "bestUserId",
           t.best_version_id AS "bestVersionId", t.best_points AS "bestPoints", t.best_players AS "bestPlayers"
    FROM stage_stat t JOIN stage s ON s.id = t.stage_id
    WHERE t.stage_id = ${stage.id} AND s.status <> 'CANCELLED' AND s.starts_at <= clock_timestamp() AND t.locked_at = s.starts_at`;
  if (!stat) return null;
  const [crews, best] = await Promise.all([
    db.$queryRaw<CrewRow[]>`
      SELECT crew_id AS "crewId", picks, captains, p1_calls AS "p1Calls", p2_calls AS "p2Calls", p3_calls AS "p3Calls", exact_calls AS "exactCalls"
      FROM crew_stage_stat WHERE stage_id = ${stage.id}
      ORDER BY picks DESC, captains DESC, crew_id`,
    readBestRoster(db, stat),
  ]);
  return {
    players: stat.players,
    callers: stat.callers,
    isScored: stat.isScored,
    chips: { joker: stat.jokers, wildcard: stat.wildcards, shield: stat.shields },
    crews,
    best,
  };
}

async function readBestRoster(db: Db, stat: StatRow) {
  if (stat.bestVersionId === null || stat.bestPoints === null) return null;
  const version = await db.rosterVersion.findUnique({
    where: { id: stat.bestVersionId },
    select: { captainCrewId: true, crews: { select: { crewId: true }, orderBy: { crewId: "asc" } } },
  });
  const user =
    stat.bestUserId === null
      ? null
      : await db.user.findUnique({ where: { id: stat.bestUserId }, select: { id: true, displayName: true, deletedAt: true } });
  if (!version) return null;
  return {
    points: stat.bestPoints,
    players: stat.bestPlayers ?? 1,
    captainCrewId: version.captainCrewId,
    crewIds: version.crews.map((crew) => crew.crewId),
    player: user && !user.deletedAt ? { id: user.id, name: user.displayName } : null,
  };
}

export type StageStats = NonNullable<Awaited<ReturnType<typeof getStageStats>>>;
