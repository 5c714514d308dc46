import "server-only";
import type { Db, Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";
import { findNextReplayStage, type ReplayPickInput } from "@/lib/game/replay";
import type { Chip } from "@/lib/game/rules";
import type { LoadedReplayEvent } from "./load-replay-event";

/** The event a run replays, read before its transaction (loading the event takes a few queries). */
export async function readRunEventSlug(db: Db, runId: number): Promise<string> {
  const run = await db.replayRun.findUnique({ where: { id: runId }, select: { event: { select: { slug: true } } } });
  if (!run) throw new AppError("NOT_FOUND", msg("replay.action.noSuchRun"));
  return run.event.slug;
}

export type LockedRun = { id: number; eventSlug: string; lastRevealedNumber: number | null };

/**
 * Locks the player's active run for the rest of the transaction (SELECT ... FOR UPDATE): saves and
 * reveals of one run take turns, so a save racing a reveal in another tab either lands first (and is
 * scored) or sees the stage revealed and is refused. Someone else's run is "not found".
 */
export async function lockActiveRun(tx: Tx, runId: number, userId: string): Promise<LockedRun> {
  const [run] = await tx.$queryRaw<{ id: number; user_id: string; status: string; last_revealed_number: number | null; slug: string }[]>`
    SELECT r.id, r.user_id::text, r.status::text, r.last_revealed_number, e.slug
    FROM replay_run r JOIN event e ON e.id = r.event_id
    WHERE r.id = ${runId} FOR UPDATE OF r`;
  if (!run || run.user_id !== userId) throw new AppError("NOT_FOUND", msg("replay.action.noSuchRun"));
  if (run.status !== "ACTIVE") throw new AppError("LOCKED", msg("replay.action.runClosed"));
  return { id: run.id, eventSlug: run.slug, lastRevealedNumber: run.last_revealed_number };
}

/**
 * The stage the run plays now, which must be the one the form was built for: a form from before a
 * reveal (another tab, a double click) names a stage that is already final, and nothing is saved.
 */
export function requireOpenStage(loaded: LoadedReplayEvent, run: LockedRun, stageNumber: number) {
  const next = findNextReplayStage(loaded.engine.stages, run.lastRevealedNumber);
  const stage = next && loaded.stages.find((candidate) => candidate.number === next.number);
  if (!stage) throw new AppError("LOCKED", msg("replay.action.runClosed"));
  if (stage.number !== stageNumber) {
    const isRevealed = run.lastRevealedNumber !== null && stageNumber <= run.lastRevealedNumber;
    throw new AppError("LOCKED", isRevealed ? msg("replay.action.alreadyRevealed") : msg("replay.action.notOpen"), undefined, {
      number: stageNumber,
    });
  }
  return stage;
}

type PickRow = {
  stage_number: number;
  crew_ids: number[];
  captain_crew_id: number;
  p1_crew_id: number | null;
  p2_crew_id: number | null;
  p3_crew_id: number | null;
  featured_best_crew_id: number | null;
  chip: Chip | null;
  revealed_at: Date | null;
};

export type StoredPick = ReplayPickInput & { chip: Chip | null; isRevealed: boolean };

/** The run's picks, revealed or not, in running order, as the engine reads them (ids as strings). */
export async function readRunPicks(tx: Tx, runId: number): Promise<StoredPick[]> {
  const rows = await tx.$queryRaw<PickRow[]>`
    SELECT s.number AS stage_number, p.crew_ids, p.captain_crew_id, p.p1_crew_id, p.p2_crew_id, p.p3_crew_id,
           p.featured_best_crew_id, p.chip::text AS chip, p.revealed_at
    FROM replay_pick p JOIN stage s ON s.id = p.stage_id
    WHERE p.run_id = ${runId} ORDER BY s.number`;
  return rows.map((row) => ({
    stageNumber: row.stage_number,
    crews: row.crew_ids.map(String),
    captain: String(row.captain_crew_id),
    call:
      row.p1_crew_id === null || row.p2_crew_id === null || row.p3_crew_id === null
        ? null
        : {
            podium: [String(row.p1_crew_id), String(row.p2_crew_id), String(row.p3_crew_id)] as const,
            featuredBest: row.featured_best_crew_id === null ? null : String(row.featured_best_crew_id),
          },
    chip: row.chip,
    isRevealed: row.revealed_at !== null,
  }));
}
