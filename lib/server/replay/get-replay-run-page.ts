import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { msg } from "@/lib/i18n/translate";
import { findNextReplayStage, listCrewsOutBefore, readReplayTransferState } from "@/lib/game/replay";
import { breakDownRosterStage } from "@/lib/game/player-breakdown";
import { indexResults } from "@/lib/game/scoring/crew-points";
import type { ResultRow } from "@/lib/game/scoring";
import { loadReplayEvent, type ReplayStageInfo } from "./load-replay-event";
import { readRunPicks, type StoredPick } from "./lock-run";
import { fieldAtStage } from "./replay-crews";

type StageHeader = Omit<ReplayStageInfo, "results">;

/** The real result's podium: finishers in places 1-3, by place. */
function podiumOf(results: readonly ResultRow[]): string[] {
  return results
    .filter((row) => row.status === "FINISHED" && row.position != null && row.position <= 3)
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
    .map((row) => row.crew);
}

/**
 * The owner's view of a run. Results leave this function for revealed stages only (and the final
 * classification once the run is finished): the run's pages never show what the player has not revealed.
 */
export async function getReplayRunPage(db: Db, userId: string, runId: number) {
  const run = await db.replayRun.findUnique({
    where: { id: runId },
    select: {
      id: true,
      userId: true,
      status: true,
      total: true,
      exact: true,
      finalBonus: true,
      startedAt: true,
      finishedAt: true,
      lastRevealedNumber: true,
      event: { select: { slug: true } },
      scores: true,
    },
  });
  if (!run || run.userId !== userId) throw new AppError("NOT_FOUND", msg("replay.action.noSuchRun"));
  const [loaded, picks] = await Promise.all([loadReplayEvent(db, run.event.slug), readRunPicks(db, run.id)]);
  const scoreByStage = new Map(run.scores.map((score) => [score.stageId, score]));
  const header = (stage: ReplayStageInfo): StageHeader => ({
    id: stage.id,
    number: stage.number,
    name: stage.name,
    type: stage.type,
    startTown: stage.startTown,
    finishTown: stage.finishTown,
  });

  const revealed = loaded.stages.flatMap((stage) => {
    const pick = picks.find((candidate) => candidate.stageNumber === stage.number && candidate.isRevealed);
    const score = scoreByStage.get(stage.id);
    if (!pick || !score) return [];
    const crews = breakDownRosterStage({
      crewIds: pick.crews,
      captainId: pick.captain,
      results: indexResults(stage.results),
      outCrewIds: new Set(listCrewsOutBefore(loaded.engine.crews, stage.number)),
      chip: pick.chip,
      rules: loaded.event.rules,
    });
    return [{ stage: header(stage), pick, score, crews, podium: podiumOf(stage.results) }];
  });

  const next = run.status === "ACTIVE" ? findNextReplayStage(loaded.engine.stages, run.lastRevealedNumber) : undefined;
  const nextStage = next ? loaded.stages.find((stage) => stage.number === next.number) : undefined;
  const revealedPicks = picks.filter((pick) => pick.isRevealed);
  const open = nextStage
    ? {
        stage: header(nextStage),
        pick: picks.find((pick): pick is StoredPick => pick.stageNumber === nextStage.number && !pick.isRevealed) ?? null,
        carried: revealedPicks.at(-1) ?? null,
        field: fieldAtStage(loaded, nextStage.number),
        transfers: readReplayTransferState(loaded.engine, revealedPicks, nextStage.number),
      }
    : null;
  const isFinished = run.status === "FINISHED";
  // The roster builder's chips: those the event offers, those revealed stages played, the open stage's.
  const chips = {
    offered: loaded.event.rules.chips,
    played: revealedPicks.flatMap((pick) => (pick.chip ? [{ chip: pick.chip, stageNumber: pick.stageNumber }] : [])),
    pending: open?.pick?.chip ?? null,
  };
  return {
    run: { ...run, scores: undefined },
    event: loaded.event,
    stageCount: loaded.stages.length,
    revealed,
    open,
    chips,
    final: isFinished ? (loaded.engine.final ?? []) : null,
  };
}

export type ReplayRunPage = Awaited<ReturnType<typeof getReplayRunPage>>;
