import type { Chip, Rules } from "@/lib/game/rules";
import { countTransferHistory, type TransferStep } from "@/lib/game/transfers";
import { scoreFinalBonus, scoreRosterStage } from "./crew-points";
import type { PlayerInput, ResultRow } from "./input-schema";
import { scorePodiumCall, type StageOutcome } from "./podium-points";

/** The event as the scorer reads it, built once for all players. */
export type ScoringContext = {
  rules: Rules;
  /** Stages in running order; `results` is null while unpublished. */
  stages: readonly { id: string; results: ReadonlyMap<string, ResultRow> | null; outcome: StageOutcome | null }[];
  stageIndex: ReadonlyMap<string, number>;
  /** Running-order index of each retired crew's last stage. */
  retiredAfterIndex: ReadonlyMap<string, number>;
  final: ReadonlyMap<string, ResultRow> | null;
};

export type PlayerStageScore = {
  stage: string;
  roster: number;
  prediction: number;
  /** Transfer penalty charged on this stage, as a positive number. */
  penalty: number;
  total: number;
  /** Exact podium slots on this stage. */
  exact: number;
  /** Transfers counted for the roster locked for this stage (0 when the roster carried over). */
  transfers: number;
  /** The chip that acted on this stage (its effects are in the numbers above). */
  chip: Chip | null;
};

export type PlayerScore = {
  player: string;
  joinedAt: string;
  total: number;
  exact: number;
  final: number;
  /** One entry per published stage, in running order. */
  stages: PlayerStageScore[];
};

function isOutAt(context: ScoringContext, stageIndex: number) {
  return (crew: string) => {
    const retiredAfter = context.retiredAfterIndex.get(crew);
    return retiredAfter !== undefined && stageIndex > retiredAfter;
  };
}

function stageIndexOf(context: ScoringContext, stage: string): number {
  const index = context.stageIndex.get(stage);
  if (index === undefined) throw new Error(`unknown stage ${JSON.stringify(stage)}: parse the input first`);
  return index;
}

/** One player's scores; the input must have passed `parseScoringInput` (or be built from consistent data). */
export function scorePlayer(player: PlayerInput, context: ScoringContext): PlayerScore {
  const entries = player.rosters
    .map((entry) => ({ ...entry, index: stageIndexOf(context, entry.stage) }))
    .sort((a, b) => a.index - b.index);
  const retiredCrews = [...context.retiredAfterIndex.keys()];
  const steps = countTransferHistory(
    entries.map((entry) => ({
      crews: entry.crews,
      retired: retiredCrews.filter(isOutAt(context, entry.index)),
      isWildcard: entry.chip === "WILDCARD",
    })),
    context.rules,
  );
  const calls = new Map(player.predictions.map((call) => [call.stage, call]));

  const stages: PlayerStageScore[] = [];
  let next = 0;
  let current: (typeof entries)[number] | undefined;
  context.stages.forEach((stage, index) => {
    // The roster in force is the latest entry at or before this stage; it carries over until the next one.
    let step: TransferStep | undefined;
    for (let entry = entries[next]; entry !== undefined && entry.index <= index; entry = entries[next]) {
      current = entry;
      step = steps[next];
      next += 1;
    }
    if (stage.results === null || stage.outcome === null) return;
    // A chip acts on the stage its roster was saved for, not on the stages the roster carries over to.
    const chip = step !== undefined ? (current?.chip ?? null) : null;
    const roster = current
      ? scoreRosterStage({
          crews: current.crews,
          captain: current.captain,
          results: stage.results,
          isOut: isOutAt(context, index),
          chip,
          rules: context.rules,
        })
      : 0;
    const call = calls.get(stage.id);
    const { points: prediction, exact } = call ? scorePodiumCall(call, stage.outcome, context.rules) : { points: 0, exact: 0 };
    const penalty = step?.penalty ?? 0;
    stages.push({
      stage: stage.id,
      roster,
      prediction,
      penalty,
      total: roster + prediction - penalty,
      exact,
      transfers: step?.transfers ?? 0,
      chip,
    });
  });

  const last = entries.at(-1);
  const final = context.final && last ? scoreFinalBonus(last.crews, context.final, context.rules) : 0;
  return {
    player: player.id,
    joinedAt: player.joinedAt,
    total: stages.reduce((sum, stage) => sum + stage.total, final),
    exact: stages.reduce((sum, stage) => sum + stage.exact, 0),
    final,
    stages,
  };
}
