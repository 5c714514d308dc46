import { rankPlayers, type Ranked } from "./scoring";

export type FinishedRun = { runId: number; userId: string; total: number; exact: number; finishedAt: Date };

/** Which of two runs of one player is better: more points, then more exact slots, then the earlier finish. */
function isBetter(a: FinishedRun, b: FinishedRun): boolean {
  if (a.total !== b.total) return a.total > b.total;
  if (a.exact !== b.exact) return a.exact > b.exact;
  return a.finishedAt.getTime() < b.finishedAt.getTime();
}

/**
 * The replay board: each player's best finished run, ranked like every other board (total, then
 * exact slots; equal players share a rank, 1, 2, 2, 4). Within a tie, the run finished first lists first.
 */
export function rankReplayBoard<R extends FinishedRun>(runs: readonly R[]): Ranked<R & { player: string; joinedAt: string }>[] {
  const best = new Map<string, R>();
  for (const run of runs) {
    const kept = best.get(run.userId);
    if (!kept || isBetter(run, kept)) best.set(run.userId, run);
  }
  return rankPlayers([...best.values()].map((run) => ({ ...run, player: run.userId, joinedAt: run.finishedAt.toISOString() })));
}
