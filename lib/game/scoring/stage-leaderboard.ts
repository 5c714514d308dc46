import { rankPlayers } from "./ranking";
import type { PlayerScore } from "./score-player";

export type StageLeaderboardRow = {
  player: string;
  rank: number;
  /** The stage total: roster + prediction − penalty. */
  total: number;
  /** Exact podium slots on this stage. */
  exact: number;
};

/**
 * One stage's leaderboard: by stage total, then that stage's exact slots, sharing ranks like the overall
 * one. Empty when the stage is unknown or unpublished (no player has a score for it).
 */
export function rankStage(scores: readonly PlayerScore[], stageId: string): StageLeaderboardRow[] {
  const rows = scores.flatMap((score) => {
    const stage = score.stages.find((entry) => entry.stage === stageId);
    return stage ? [{ player: score.player, joinedAt: score.joinedAt, total: stage.total, exact: stage.exact }] : [];
  });
  return rankPlayers(rows).map(({ player, rank, total, exact }) => ({ player, rank, total, exact }));
}
