import "server-only";
import { createHash } from "node:crypto";
import { rankPlayers, rankStage, type PlayerScore } from "@/lib/game/scoring";
import type { LockedRosterColumns } from "./load-scoring-data";
import { toPgArray } from "./pg-array";
import type { Tx } from "./results-locks";

/** Rows inserted or changed, and rows deleted; unchanged rows are not touched (updated_at stays). */
export type WriteCounts = { written: number; deleted: number };

// Rows per statement: each column travels as one text parameter.
const CHUNK_ROWS = 20_000;

function* chunkRanges(length: number): Generator<[number, number]> {
  for (let start = 0; start < length; start += CHUNK_ROWS) yield [start, Math.min(length, start + CHUNK_ROWS)];
}

/**
 * md5 of the rows as `a:b:c` lines joined with `;`, players in user id order: the same text the
 * fingerprint queries below build from stored rows, so a stage whose rows are already right is
 * skipped without sending them (most rescores change one stage of many).
 */
function fingerprint(lines: readonly string[]): string {
  return createHash("md5").update(lines.join(";")).digest("hex");
}

async function readFingerprints(rows: Promise<{ id: number; fingerprint: string }[]>): Promise<Map<number, string>> {
  return new Map((await rows).map((row) => [row.id, row.fingerprint]));
}

/** The roster locked for each started stage, materialised; locked_at is the stage's start. */
export async function writeStageRosters(tx: Tx, eventId: number, rosters: ReadonlyMap<number, LockedRosterColumns>): Promise<WriteCounts> {
  const started = [...rosters.keys()];
  const stored = await readFingerprints(tx.$queryRaw`
    SELECT stage_id AS id, md5(string_agg(concat_ws(':', user_id, roster_version_id, transfers, (extract(epoch FROM locked_at) * 1000)::bigint), ';' ORDER BY user_id)) AS fingerprint
    FROM stage_roster WHERE stage_id = ANY(${toPgArray(started)}::int[]) GROUP BY stage_id`);
  const dirty: number[] = [];
  let written = 0;
  for (const [stageId, rows] of rosters) {
    const lockedAt = rows.startsAt.getTime();
    if (stored.get(stageId) === fingerprint(rows.userIds.map((userId, i) => `${userId}:${rows.versionIds[i]}:${rows.transfers[i]}:${lockedAt}`))) continue;
    dirty.push(stageId);
    for (const [from, to] of chunkRanges(rows.userIds.length)) {
      written += await tx.$executeRaw`
        INSERT INTO stage_roster (stage_id, user_id, roster_version_id, transfers, locked_at)
        SELECT s.id, u.user_id, u.version_id, u.transfers, s.starts_at
        FROM unnest(${toPgArray(rows.userIds.slice(from, to))}::uuid[], ${toPgArray(rows.versionIds.slice(from, to))}::int[],
                    ${toPgArray(rows.transfers.slice(from, to))}::int[]) AS u(user_id, version_id, transfers)
        JOIN stage s ON s.id = ${stageId}
        ON CONFLICT (stage_id, user_id) DO UPDATE
          SET roster_version_id = EXCLUDED.roster_version_id, transfers = EXCLUDED.transfers, locked_at = EXCLUDED.locked_at
          WHERE (stage_roster.roster_version_id, stage_roster.transfers, stage_roster.locked_at)
            IS DISTINCT FROM (EXCLUDED.roster_version_id, EXCLUDED.transfers, EXCLUDED.locked_at)`;
    }
  }
  // Stages no longer locked (cancelled, start moved later); and in rewritten stages, rows still on a
  // version saved after the start (moved earlier): every roster in force there was just rewritten.
  const deleted = await tx.$executeRaw`
    DELETE FROM stage_roster sr USING stage s, roster_version v
    WHERE sr.stage_id = s.id AND v.id = sr.roster_version_id AND s.event_id = ${eventId}
      AND (s.id <> ALL(${toPgArray(started)}::int[]) OR (s.id = ANY(${toPgArray(dirty)}::int[]) AND v.saved_at >= s.starts_at))`;
  return { written, deleted };
}

/**
 * Rows of users who are no longer players: no roster in the event and no call on a published stage.
 * Written as set differences: right after a bulk insert the planner's statistics are stale, and
 * NOT EXISTS then ran as a nested loop (minutes at 20k players).
 */
function deleteFormerPlayers(tx: Tx, table: "stage_score" | "standing", eventId: number, stageIds: number[], publishedStageIds: number[]) {
  const published = toPgArray(publishedStageIds);
  const stages = toPgArray(stageIds);
  return table === "standing"
    ? tx.$executeRaw`
        DELETE FROM standing WHERE event_id = ${eventId} AND user_id IN (
          SELECT user_id FROM standing WHERE event_id = ${eventId}
          EXCEPT SELECT user_id FROM roster WHERE event_id = ${eventId}
          EXCEPT SELECT user_id FROM podium_call WHERE stage_id = ANY(${published}::int[]))`
    : tx.$executeRaw`
        DELETE FROM stage_score WHERE stage_id = ANY(${stages}::int[]) AND user_id IN (
          SELECT user_id FROM stage_score WHERE stage_id = ANY(${stages}::int[])
          EXCEPT SELECT user_id FROM roster WHERE event_id = ${eventId}
          EXCEPT SELECT user_id FROM podium_call WHERE stage_id = ANY(${published}::int[]))`;
}

/**
 * One row per player per published stage, ranked on that stage; other stages of the event lose theirs.
 * Ranks are left out of the fingerprint: they follow from the totals and exact slots in it.
 */
export async function writeStageScores(tx: Tx, eventId: number, scores: readonly PlayerScore[], publishedStageIds: number[]): Promise<WriteCounts> {
  const stored = await readFingerprints(tx.$queryRaw`
    SELECT stage_id AS id, md5(string_agg(concat_ws(':', user_id, roster_points, call_points, penalty, total, exact), ';' ORDER BY user_id)) AS fingerprint
    FROM stage_score WHERE stage_id = ANY(${toPgArray(publishedStageIds)}::int[]) GROUP BY stage_id`);
  const dirty: number[] = [];
  let written = 0;
  for (const [index, stageId] of publishedStageIds.entries()) {
    const stageKey = String(stageId);
    // The engine lists one entry per published stage, in running order, for every player.
    const entries = scores.map((score) => {
      const entry = score.stages[index];
      if (entry?.stage !== stageKey) throw new Error(`scores for stage ${stageKey} are missing for player ${score.player}`);
      return entry;
    });
    const lines = entries.map((entry, i) => `${scores[i]!.player}:${entry.roster}:${entry.prediction}:${entry.penalty}:${entry.total}:${entry.exact}`);
    if (stored.get(stageId) === fingerprint(lines)) continue;
    dirty.push(stageId);
    const ranks = new Map(rankStage(scores, stageKey).map((row) => [row.player, row.rank]));
    for (const [from, to] of chunkRanges(scores.length)) {
      const part = entries.slice(from, to);
      const players = scores.slice(from, to).map((score) => score.player);
      written += await tx.$executeRaw`
        INSERT INTO stage_score (stage_id, user_id, roster_points, call_points, penalty, total, exact, rank, updated_at)
        SELECT ${stageId}::int, u.*, now()
        FROM unnest(${toPgArray(players)}::uuid[], ${toPgArray(part.map((entry) => entry.roster))}::int[],
                    ${toPgArray(part.map((entry) => entry.prediction))}::int[], ${toPgArray(part.map((entry) => entry.penalty))}::int[],
                    ${toPgArray(part.map((entry) => entry.total))}::int[], ${toPgArray(part.map((entry) => entry.exact))}::int[],
                    ${toPgArray(players.map((player) => ranks.get(player)!))}::int[])
             AS u(user_id, roster_points, call_points, penalty, total, exact, rank)
        ON CONFLICT (stage_id, user_id) DO UPDATE
          SET roster_points = EXCLUDED.roster_points, call_points = EXCLUDED.call_points, penalty = EXCLUDED.penalty,
              total = EXCLUDED.total, exact = EXCLUDED.exact, rank = EXCLUDED.rank, updated_at = EXCLUDED.updated_at
          WHERE (stage_score.roster_points, stage_score.call_points, stage_score.penalty, stage_score.total, stage_score.exact, stage_score.rank)
            IS DISTINCT FROM (EXCLUDED.roster_points, EXCLUDED.call_points, EXCLUDED.penalty, EXCLUDED.total, EXCLUDED.exact, EXCLUDED.rank)`;
    }
  }
  const unpublished = await tx.$executeRaw`
    DELETE FROM stage_score ss USING stage s
    WHERE ss.stage_id = s.id AND s.event_id = ${eventId} AND s.id <> ALL(${toPgArray(publishedStageIds)}::int[])`;
  // A clean stage has exactly the right players (its fingerprint covers them all).
  const former = dirty.length === 0 ? 0 : await deleteFormerPlayers(tx, "stage_score", eventId, dirty, publishedStageIds);
  return { written, deleted: unpublished + former };
}

/**
 * Previous ranks: the ranking without the last published stage. Taking that stage's points off each
 * total is exactly what scoring without it gives: a stage's results only ever change its own entry
 * (transfer penalties are charged on the stage itself, the final bonus reads rosters, not results).
 */
function rankBeforeLastStage(scores: readonly PlayerScore[]): Map<string, number> {
  const rows = scores.map((score) => {
    const last = score.stages.at(-1);
    return { player: score.player, joinedAt: score.joinedAt, total: score.total - (last?.total ?? 0), exact: score.exact - (last?.exact ?? 0) };
  });
  return new Map(rankPlayers(rows).map((row) => [row.player, row.rank]));
}

/** The event-to-date standings of every player; previous ranks once a second stage is published. */
export async function writeStandings(tx: Tx, eventId: number, scores: readonly PlayerScore[], publishedStageIds: number[]): Promise<WriteCounts> {
  const previous = publishedStageIds.length >= 2 ? rankBeforeLastStage(scores) : null;
  const ranked = rankPlayers(scores)
    .map((row) => ({ ...row, previousRank: previous?.get(row.player) ?? null }))
    .sort((a, b) => (a.player < b.player ? -1 : a.player > b.player ? 1 : 0));
  const [stored] = await tx.$queryRaw<{ fingerprint: string | null }[]>`
    SELECT md5(string_agg(concat_ws(':', user_id, total, exact, final_bonus, rank, coalesce(previous_rank, 0),
                                    (extract(epoch FROM joined_at) * 1000)::bigint), ';' ORDER BY user_id)) AS fingerprint
    FROM standing WHERE event_id = ${eventId}`;
  const lines = ranked.map((row) => `${row.player}:${row.total}:${row.exact}:${row.final}:${row.rank}:${row.previousRank ?? 0}:${Date.parse(row.joinedAt)}`);
  if (stored?.fingerprint === fingerprint(lines)) return { written: 0, deleted: 0 };

  let written = 0;
  for (const [from, to] of chunkRanges(ranked.length)) {
    const part = ranked.slice(from, to);
    written += await tx.$executeRaw`
      INSERT INTO standing (event_id, user_id, total, exact, final_bonus, rank, previous_rank, joined_at, updated_at)
      SELECT ${eventId}::int, u.*, now()
      FROM unnest(${toPgArray(part.map((row) => row.player))}::uuid[], ${toPgArray(part.map((row) => row.total))}::int[],
                  ${toPgArray(part.map((row) => row.exact))}::int[], ${toPgArray(part.map((row) => row.final))}::int[],
                  ${toPgArray(part.map((row) => row.rank))}::int[], ${toPgArray(part.map((row) => row.previousRank))}::int[],
                  ${toPgArray(part.map((row) => row.joinedAt))}::timestamptz[])
           AS u(user_id, total, exact, final_bonus, rank, previous_rank, joined_at)
      ON CONFLICT (event_id, user_id) DO UPDATE
        SET total = EXCLUDED.total, exact = EXCLUDED.exact, final_bonus = EXCLUDED.final_bonus, rank = EXCLUDED.rank,
            previous_rank = EXCLUDED.previous_rank, joined_at = EXCLUDED.joined_at, updated_at = EXCLUDED.updated_at
        WHERE (standing.total, standing.exact, standing.final_bonus, standing.rank, standing.previous_rank, standing.joined_at)
          IS DISTINCT FROM (EXCLUDED.total, EXCLUDED.exact, EXCLUDED.final_bonus, EXCLUDED.rank, EXCLUDED.previous_rank, EXCLUDED.joined_at)`;
  }
  const deleted = await deleteFormerPlayers(tx, "standing", eventId, [], publishedStageIds);
  return { written, deleted };
}
