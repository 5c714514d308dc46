import "server-only";
import type { Tx } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { tabulateFinalBonus } from "@/lib/game/scoring";
import { toPgArray } from "./pg-array";
import type { RescoreContext } from "./rescore-context";
import type { WriteCounts } from "./write-counts";

/**
 * How the totals are found: summed over every stored stage score ("sum"); or, after a results
 * change, moved on from the stored standing by the changed stage's deltas (rescore_delta), with
 * the stored final bonus ("delta") or a recomputed one ("final"). Players without a standing yet
 * are always summed.
 */
export type StandingsMode = "sum" | "delta" | "final";

const onlyUsers = (column: Prisma.Sql, userIds: string[] | null) =>
  userIds === null ? Prisma.sql`true` : Prisma.sql`${column} = ANY(${toPgArray(userIds)}::uuid[])`;

/**
 * Each player's final classification bonus (of `userIds`, or everyone): the sum of the engine's
 * per-crew bonuses over the crews of their last locked roster (the last started stage's), once the
 * final classification is published.
 */
function finalBonusQuery(context: RescoreContext, userIds: string[] | null) {
  const lastStarted = context.started.at(-1);
  if (context.final === null || !lastStarted || userIds?.length === 0)
    return Prisma.sql`SELECT NULL::uuid AS user_id, 0 AS points WHERE false`;
  const bonus = tabulateFinalBonus(
    context.crews.map((crew) => String(crew.id)),
    context.final,
    context.rules,
  );
  return Prisma.sql`
    SELECT sr.user_id, sum(t.points)::int AS points
    FROM stage_roster sr
    JOIN roster_version_crew c ON c.version_id = sr.roster_version_id
    JOIN unnest(${toPgArray(bonus.map((row) => Number(row.crew)))}::int[], ${toPgArray(bonus.map((row) => row.points))}::int[]) AS t(crew_id, points)
      ON t.crew_id = c.crew_id
    WHERE sr.stage_id = ${lastStarted.id} AND ${onlyUsers(Prisma.sql`sr.user_id`, userIds)}
    GROUP BY sr.user_id`;
}

/** Per player: total without the final bonus, exact, the last published stage's total and exact, and a stored final bonus to keep. */
function totalsQuery(context: RescoreContext, mode: StandingsMode, newPlayers: string[]) {
  const published = toPgArray(context.published.map((stage) => stage.id));
  const last = context.published.at(-1)?.id ?? null;
  if (mode === "sum") {
    return Prisma.sql`
      SELECT user_id, sum(total)::int AS total, sum(exact)::int AS exact, NULL::int AS stored_final,
             coalesce(sum(total) FILTER (WHERE stage_id = ${last}::int), 0)::int AS last_total,
             coalesce(sum(exact) FILTER (WHERE stage_id = ${last}::int), 0)::int AS last_exact
      FROM stage_score WHERE stage_id = ANY(${published}::int[])
      GROUP BY user_id`;
  }
  return Prisma.sql`
    WITH deltas AS (SELECT user_id, sum(total)::int AS total, sum(exact)::int AS exact FROM rescore_delta GROUP BY user_id),
    sums AS (
      SELECT user_id, sum(total)::int AS total, sum(exact)::int AS exact FROM stage_score
      WHERE user_id = ANY(${toPgArray(newPlayers)}::uuid[]) AND stage_id = ANY(${published}::int[])
      GROUP BY user_id
    )
    SELECT p.user_id,
           coalesce(s.total - s.final_bonus + coalesce(d.total, 0), n.total) AS total,
           coalesce(s.exact + coalesce(d.exact, 0), n.exact) AS exact,
           ${mode === "delta" ? Prisma.sql`s.final_bonus` : Prisma.sql`NULL::int`} AS stored_final,
           l.total AS last_total, l.exact AS last_exact
    FROM rescore_player p
    LEFT JOIN standing s ON s.event_id = ${context.eventId} AND s.user_id = p.user_id
    LEFT JOIN deltas d ON d.user_id = p.user_id
    LEFT JOIN sums n ON n.user_id = p.user_id
    LEFT JOIN stage_score l ON l.stage_id = ${last}::int AND l.user_id = p.user_id`;
}

/**
 * The event-to-date standing of every player: totals and exact slots over the published stages
 * plus the final bonus, ranked by total then exact (ranks shared: 1, 2, 2, 4), and the rank before
 * the last published stage (that stage's points taken off) once a second stage is published, and
 * each row's position on the board. New rows are inserted, changed ones updated, rows already right
 * left alone; rows of former players go.
 */
export async function writeStandings(tx: Tx, context: RescoreContext, mode: StandingsMode, newPlayers: string[]): Promise<WriteCounts> {
  const previousRank =
    context.published.length >= 2
      ? Prisma.sql`(rank() OVER (ORDER BY total - last_total DESC, exact - last_exact DESC))::int`
      : Prisma.sql`NULL::int`;
  const [{ written } = { written: 0 }] = await tx.$queryRaw<{ written: number }[]>`
    WITH totals AS (${totalsQuery(context, mode, newPlayers)}),
    finals AS (${finalBonusQuery(context, mode === "delta" ? newPlayers : null)}),
    scored AS (
      SELECT p.user_id, p.joined_at, coalesce(t.exact, 0) AS exact, coalesce(t.stored_final, f.points, 0) AS final_bonus,
             coalesce(t.total, 0) + coalesce(t.stored_final, f.points, 0) AS total,
             coalesce(t.last_total, 0) AS last_total, coalesce(t.last_exact, 0) AS last_exact
      FROM rescore_player p LEFT JOIN totals t ON t.user_id = p.user_id LEFT JOIN finals f ON f.user_id = p.user_id
    ), ranked AS (
      SELECT user_id, joined_at, total, exact, final_bonus, rank() OVER (ORDER BY total DESC, exact DESC)::int AS rank, ${previousRank} AS previous_rank,
             -- The board's order: rank, then the earliest first save, then the user id.
             (row_number() OVER (ORDER BY total DESC, exact DESC, joined_at, user_id))::int AS position
      FROM scored
    ), compared AS (
      -- Only rows that change are written: an upsert would lock, and so write, every row it meets.
      SELECT x.*, s.user_id IS NOT NULL AS is_stored FROM ranked x
      LEFT JOIN standing s ON s.event_id = ${context.eventId} AND s.user_id = x.user_id
      WHERE s.user_id IS NULL
         OR (s.total, s.exact, s.final_bonus, s.rank, s.previous_rank, s.joined_at, s.position)
            IS DISTINCT FROM (x.total, x.exact, x.final_bonus, x.rank, x.previous_rank, x.joined_at, x.position)
    ), inserted AS (
      INSERT INTO standing (event_id, user_id, total, exact, final_bonus, rank, previous_rank, joined_at, position, updated_at)
      SELECT ${context.eventId}, user_id, total, exact, final_bonus, rank, previous_rank, joined_at, position, now() FROM compared WHERE NOT is_stored
      RETURNING 1
    ), updated AS (
      UPDATE standing s
      SET total = x.total, exact = x.exact, final_bonus = x.final_bonus, rank = x.rank, previous_rank = x.previous_rank, joined_at = x.joined_at,
          position = x.position, updated_at = now()
      FROM compared x WHERE x.is_stored AND s.event_id = ${context.eventId} AND s.user_id = x.user_id
      RETURNING 1
    )
    SELECT ((SELECT count(*) FROM inserted) + (SELECT count(*) FROM updated))::int AS written`;
  const deleted = await tx.$executeRaw`
    DELETE FROM standing s WHERE s.event_id = ${context.eventId} AND NOT EXISTS (SELECT 1 FROM rescore_player p WHERE p.user_id = s.user_id)`;
  return { written, deleted };
}
