import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { findNextReplayStage, scoreReplayRun } from "@/lib/game/replay";
import { msg, translateEnglish, type Translate } from "@/lib/i18n/translate";
import { toPgArray } from "@/lib/server/results/pg-array";
import { loadReplayEvent } from "./load-replay-event";
import { lockActiveRun, readRunEventSlug, readRunPicks, requireOpenStage } from "./lock-run";
import { requireReplayChip, requireValidReplayRoster } from "./replay-crews";

export type RevealInput = { userId: string; runId: number; stageNumber: number };
export type RevealResult = {
  stageNumber: number;
  stageTotal: number;
  runTotal: number;
  isFinished: boolean;
  nextStageNumber: number | null;
};

/**
 * Reveals the run's open stage: one transaction under the run's lock checks the picks, makes them final
 * (revealed_at; a trigger refuses any later change), scores the stage with the live engine from every
 * revealed pick and the stage's real result, and moves the run on; after the last stage the final
 * bonus is added and the run finishes. A stage without a roster saved for it plays the last revealed
 * roster with no call, as a live roster carries over.
 */
export async function revealReplayStage(db: Db, input: RevealInput, translate: Translate = translateEnglish): Promise<RevealResult> {
  const loaded = await loadReplayEvent(db, await readRunEventSlug(db, input.runId));
  return db.$transaction(async (tx) => {
    const run = await lockActiveRun(tx, input.runId, input.userId);
    const stage = requireOpenStage(loaded, run, input.stageNumber);
    const picks = await readRunPicks(tx, run.id);
    const previous = picks.filter((pick) => pick.isRevealed).at(-1) ?? null;
    // A carried roster carries no chip: a chip acts on the stage it was played for only.
    const carried = previous && { ...previous, stageNumber: stage.number, call: null, chip: null, isRevealed: false };
    const pick = picks.find((candidate) => candidate.stageNumber === stage.number) ?? carried;
    if (!pick) throw new AppError("INVALID", msg("replay.action.rosterFirst"));

    // Saves were checked already; checking again here means a reveal never makes invalid picks final.
    requireValidReplayRoster(loaded, stage.number, { crewIds: pick.crews, captainId: pick.captain }, previous?.crews ?? [], translate);
    requireReplayChip(
      loaded,
      picks.filter((candidate) => candidate.isRevealed),
      pick.chip,
      translate,
    );

    const [p1, p2, p3] = pick.call?.podium.map(Number) ?? [null, null, null];
    const best = pick.call?.featuredBest == null ? null : Number(pick.call.featuredBest);
    await tx.$executeRaw`
      INSERT INTO replay_pick (run_id, stage_id, crew_ids, captain_crew_id, p1_crew_id, p2_crew_id, p3_crew_id, featured_best_crew_id, saved_at, revealed_at)
      VALUES (${run.id}, ${stage.id}, ${toPgArray(pick.crews.map(Number))}::int[], ${Number(pick.captain)}, ${p1}, ${p2}, ${p3}, ${best}, now(), now())
      ON CONFLICT (run_id, stage_id) DO UPDATE SET revealed_at = EXCLUDED.revealed_at`;

    const revealed = [...picks.filter((candidate) => candidate.isRevealed), pick];
    const score = scoreReplayRun(loaded.engine, revealed);
    const stageScore = score.stages.find((candidate) => candidate.stage === String(stage.id));
    if (!stageScore) throw new Error(`the engine did not score revealed stage ${stage.number}`);
    await tx.replayStageScore.create({
      data: {
        runId: run.id,
        stageId: stage.id,
        rosterPoints: stageScore.roster,
        callPoints: stageScore.prediction,
        penalty: stageScore.penalty,
        transfers: stageScore.transfers,
        total: stageScore.total,
        exact: stageScore.exact,
      },
    });
    const next = findNextReplayStage(loaded.engine.stages, stage.number);
    const isFinished = next === undefined;
    await tx.$executeRaw`
      UPDATE replay_run SET last_revealed_number = ${stage.number}, total = ${score.total}, exact = ${score.exact},
        final_bonus = ${score.final}, updated_at = now(),
        status = ${isFinished ? "FINISHED" : "ACTIVE"}::"ReplayRunStatus",
        active_slot = ${isFinished ? null : 1}::int,
        finished_at = CASE WHEN ${isFinished} THEN now() ELSE NULL END
      WHERE id = ${run.id}`;
    return {
      stageNumber: stage.number,
      stageTotal: stageScore.total,
      runTotal: score.total,
      isFinished,
      nextStageNumber: next?.number ?? null,
    };
  });
}
