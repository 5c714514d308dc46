import { resolveRules } from "@/lib/game/rules";
import { indexResults } from "./crew-points";
import type { ScoringInput } from "./input-schema";
import { readStageOutcome } from "./podium-points";
import { rankPlayers } from "./ranking";
import { scorePlayer, type PlayerScore, type ScoringContext } from "./score-player";

export type StageScoreOutput = { roster: number; prediction: number; penalty: number; total: number };

export type LeaderboardRow = {
  player: string;
  rank: number;
  total: number;
  exact: number;
  final: number;
  /** Keyed by stage id, one per published stage. */
  stages: Record<string, StageScoreOutput>;
};

/** The scoring contract's output (DESIGN.md). */
export type ScoringOutput = { leaderboard: LeaderboardRow[] };

function buildContext(input: ScoringInput): ScoringContext {
  const stageIndex = new Map(input.stages.map((stage, index) => [stage.id, index]));
  const featured = new Set(
    input.crews.filter((crew) => input.featuredTeam != null && crew.team === input.featuredTeam).map((crew) => crew.id),
  );
  const retiredAfterIndex = new Map<string, number>();
  for (const crew of input.crews) {
    const index = crew.retiredAfter == null ? undefined : stageIndex.get(crew.retiredAfter);
    if (index !== undefined) retiredAfterIndex.set(crew.id, index);
  }
  return {
    rules: resolveRules(input.rules),
    stages: input.stages.map((stage) => ({
      id: stage.id,
      results: stage.results && indexResults(stage.results),
      outcome: stage.results && readStageOutcome(stage.results, (crew) => featured.has(crew)),
    })),
    stageIndex,
    retiredAfterIndex,
    final: input.final && indexResults(input.final),
  };
}

/** Every player's scores with per-stage detail (exact slots, transfers), in input order, unranked. */
export function scorePlayers(input: ScoringInput): PlayerScore[] {
  const context = buildContext(input);
  return input.players.map((player) => scorePlayer(player, context));
}

/** The overall leaderboard in the contract's shape, ranked and in listing order. */
export function toScoringOutput(scores: readonly PlayerScore[]): ScoringOutput {
  return {
    leaderboard: rankPlayers(scores).map((score) => ({
      player: score.player,
      rank: score.rank,
      total: score.total,
      exact: score.exact,
      final: score.final,
      stages: Object.fromEntries(
        score.stages.map(({ stage, roster, prediction, penalty, total }) => [stage, { roster, prediction, penalty, total }]),
      ),
    })),
  };
}

/** Scores an event: input and output as the scoring contract in DESIGN.md. Pure and deterministic. */
export function scoreEvent(input: ScoringInput): ScoringOutput {
  return toScoringOutput(scorePlayers(input));
}
