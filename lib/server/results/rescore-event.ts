import "server-only";
import { scorePlayers } from "@/lib/game/scoring";
import { loadScoringData } from "./load-scoring-data";
import { lockEventScoring, type Tx } from "./results-locks";
import { notifyStandingsChanged } from "@/lib/server/live/notify-standings";
import { writeStageRosters, writeStageScores, writeStandings, type WriteCounts } from "./write-scores";

export type RescoreResult = {
  eventId: number;
  players: number;
  publishedStages: number;
  stageRosters: WriteCounts;
  stageScores: WriteCounts;
  standings: WriteCounts;
};

/**
 * Recomputes an event's scores from the database with the scoring engine and stores them: locked
 * rosters (StageRoster), per-stage scores with stage ranks (StageScore) and standings with previous
 * ranks (Standing). Call it inside the transaction of the change that needs it (publishing, a
 * correction, cancelling a stage, a retirement...) so the change and its scores commit together;
 * give that transaction RESULTS_TRANSACTION_OPTIONS.
 *
 * Idempotent: the same data gives the same rows, and rows that do not change are not written. Two
 * rescores of one event never interleave (a per-event transaction-level advisory lock), and the one
 * that waits reads after the other has committed, so the last to commit sees every change.
 */
export async function rescoreEvent(tx: Tx, eventId: number): Promise<RescoreResult> {
  await lockEventScoring(tx, eventId);
  const data = await loadScoringData(tx, eventId);
  const scores = scorePlayers(data.input);
  const stageRosters = await writeStageRosters(tx, eventId, data.lockedRosters);
  const stageScores = await writeStageScores(tx, eventId, scores, data.publishedStageIds);
  const standings = await writeStandings(tx, eventId, scores, data.publishedStageIds);
  // Every results change ends here (publish, official, correction...): open boards refresh.
  await notifyStandingsChanged(tx, eventId);
  return { eventId, players: scores.length, publishedStages: data.publishedStageIds.length, stageRosters, stageScores, standings };
}
